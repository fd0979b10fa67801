import Foundation
import Testing
@testable import Notes
@testable import Site

/// Formulas typeset at build time by Debian's KaTeX. These tests need KaTeX installed (`make
/// test` installs it) and fail without it: they are never skipped.
@Suite struct MathTests {
    static let note = """
        ---
        title: Formulas
        ---
        The law $L = E + A\\,w^{-b}$ and \\(\\alpha\\), a price of \\$5, and `$code$`.

        $$
        L(N, D) = E + \\frac{A}{N^\\alpha} + \\frac{B}{D^\\beta}
        $$

        A mistake: $\\frac{a}$ and an unknown \\[\\nope x\\] here.

        ```
        $$never typeset$$
        ```

        """

    func build(_ files: [String: String], cache: URL? = nil, installation: Result<KaTeXInstallation, MathProblem> = KaTeXInstallation.find())
        throws -> (site: SiteBuilder.Output, math: MathTypesetter) {
        let folder = try TestNotebook(files)
        let notebook = try Notebook.load(root: folder.root)
        let math = MathTypesetter(macros: notebook.config.mathMacros, cacheFolder: cache, installation: installation)
        let site = SiteBuilder(notebook: notebook, math: math).render()
        withExtendedLifetime(folder) {}
        return (site, math)
    }

    @Test func katexIsInstalled() throws {
        let installation = try KaTeXInstallation.find().get()
        #expect(!installation.version.isEmpty)
    }

    @Test func noteMatchesGolden() throws {
        let (site, _) = try build(["notes/formulas.md": Self.note])
        let page = try #require(site.page("notes/formulas.html"))
        try ChartsGoldenTests().check(page, against: "math-note.html")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../katex/katex.min.css\">"))
        #expect(page.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"), "MathML beside the HTML")
        #expect(page.contains("a price of $5"))
        #expect(page.contains("<code>$code$</code>") && page.contains("$$never typeset$$"))
        #expect(page.contains("<code class=\"math-error\" title=\"KaTeX parse error:"))
    }

    @Test func errorsArePlacedWhereKaTeXPoints() throws {
        let (site, _) = try build(["notes/formulas.md": Self.note])
        let errors = site.diagnostics.filter { $0.message.hasPrefix("KaTeX parse error") }.map(\.description)
        #expect(errors == [
            "notes/formulas.md:10:21: error: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input, in $\\frac{a}$",
            "notes/formulas.md:10:40: error: KaTeX parse error: Undefined control sequence: \\nope at position 1, in \\[\\nope x\\]",
        ])
        // The rest of the notebook is built all the same.
        #expect(site.page("index.html") != nil)
    }

    @Test func theSiteFetchesNothingForMath() throws {
        let (site, _) = try build(["notes/formulas.md": Self.note])
        #expect(site.paths.contains("katex/katex.min.css"))
        #expect(site.paths.contains("katex/fonts/KaTeX_Main-Regular.woff2"))
        var texts: [String] = []
        for file in site.files {
            switch file.content {
            case .text(let text): texts.append(text)
            case .copy(let source) where file.path.hasSuffix(".css"): texts.append(try String(contentsOf: source, encoding: .utf8))
            default: break
            }
        }
        for text in texts {
            let external = text.replacingOccurrences(of: "http://www.w3.org/1998/Math/MathML", with: "")
            #expect(!external.contains("<script"))
            #expect(!external.contains("//cdn") && !external.contains("url(http") && !external.contains("src=\"http") && !external.contains("href=\"http"))
        }
        // Every font the stylesheet names is in the site, beside it.
        let css = try #require(texts.first { $0.contains("@font-face") })
        let fonts = css.components(separatedBy: "url(").dropFirst().map { String($0.prefix { $0 != ")" }) }
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(site.paths.contains("katex/" + font), "\(font)") }
    }

    @Test func aSecondBuildTypesetsNothing() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-math-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let files = ["notes/formulas.md": Self.note]
        let first = try build(files, cache: cache)
        #expect(first.math.typesetByKaTeX == 5)
        let second = try build(files, cache: cache)
        #expect(second.math.typesetByKaTeX == 0)
        #expect(second.site.page("notes/formulas.html") == first.site.page("notes/formulas.html"))
        #expect(second.site.diagnostics == first.site.diagnostics, "errors come from the cache too")

        // A damaged entry is typeset again, not trusted.
        let entries = try #require(FileManager.default.enumerator(atPath: cache.path)).compactMap { $0 as? String }.filter { $0.count == 67 }
        try Data("{\"request\": ".utf8).write(to: cache.appendingPathComponent(try #require(entries.sorted().first)))
        let third = try build(files, cache: cache)
        #expect(third.math.typesetByKaTeX == 1)
        #expect(third.site.page("notes/formulas.html") == first.site.page("notes/formulas.html"))
    }

    @Test func theNotebookDefinesMacros() throws {
        let (site, _) = try build([
            "labbook.yml": "title: Lab\nmath:\n  macros:\n    \"\\\\E\": \"\\\\mathbb{E}\"\n",
            "notes/a.md": "---\ntitle: A\n---\nRisk $\\E[\\ell]$.\n",
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let page = try #require(site.page("notes/a.html"))
        #expect(page.contains("<mi mathvariant=\"double-struck\">E</mi>"))
    }

    @Test func missingKaTeXIsOneErrorNamingThePackages() throws {
        let (site, _) = try build(["notes/formulas.md": Self.note], installation: .failure(.missing("no KaTeX module in /nowhere")))
        let errors = site.diagnostics.filter { $0.message.contains("KaTeX") }
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("notes/formulas.md:4:9: error: cannot typeset math: KaTeX is not installed") == true)
        #expect(errors.first?.message.contains("katex, libjs-katex and fonts-katex") == true)
        let page = try #require(site.page("notes/formulas.html"))
        #expect(page.contains("<code class=\"math-error\""))
        #expect(!page.contains("katex.min.css") && !site.paths.contains("katex/katex.min.css"))
    }

    /// A figure's caption and the fit labbook adds are text with formulas; a bad one in the
    /// author's caption is an error at the directive.
    @Test func captionsAreTypesetAndTheirErrorsPlaced() throws {
        let folder = try TestNotebook(["notes/a.md": "---\ntitle: A\n---\nText.\n\n```plot\nid: p\nexperiment: e\nx: width\ny: test_loss\n```\n"])
        let notebook = try Notebook.load(root: folder.root)
        let directive = try #require(notebook.notes.first?.directives.first)
        let figure = Figure(kind: .plot, id: "p", content: .notDrawn(reason: "nothing yet"), caption: "Loss at width $w$, not $\\frac{a}$, costs \\$5.",
                            fitNotes: "Fit: $L = 0.574\\,w^{-0.0618}$; $b \\in [0.0478, 0.0759]$.", provenance: "From 0 trials.")
        let site = SiteBuilder(notebook: notebook, directives: NotebookFigures(directives: [directive.location: .figure(figure)]),
                               math: MathTypesetter(cacheFolder: nil)).render()
        let page = try #require(site.page("notes/a.html"))
        #expect(page.contains("<figcaption>Loss at width <span class=\"katex\">"))
        #expect(page.contains("costs $5. <span class=\"fit\">Fit: <span class=\"katex\">"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">b \\in [0.0478, 0.0759]</annotation>"))
        #expect(page.contains("<code class=\"math-error\" title=\"KaTeX parse error:"))
        #expect(site.diagnostics.map(\.description) == [
            "notes/a.md:6:1: error: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input, in the caption's $\\frac{a}$",
        ])
    }

    @Test func pagesWithoutMathAreUntouched() throws {
        let (site, _) = try build(["notes/a.md": "---\ntitle: A\n---\nNo formulas, and it cost $5.\n"])
        #expect(site.page("notes/a.html")?.contains("katex") == false)
        #expect(!site.paths.contains { $0.hasPrefix("katex/") })
    }
}
