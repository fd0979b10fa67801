import Foundation
import Testing
@testable import Notes
@testable import Site

/// The built-in theme is the repository's `templates/` folder, compiled in; a notebook's own
/// `templates/` replaces any file of it, pages and pieces alike.
@Suite struct ThemeTests {
    static let repositoryTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    @Test func theEmbeddedThemeIsTheRepositoryTemplatesFolder() throws {
        let folder = Self.repositoryTemplates
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(!onDisk.isEmpty, "no templates/ at \(folder.path)")
        let fix = "run Scripts/embed-templates and commit Sources/Site/EmbeddedTheme.swift"
        for file in onDisk.sorted() {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
            switch EmbeddedTheme.files[file] {
            case nil: Issue.record("templates/\(file) is not embedded in labbook: \(fix)")
            case let embedded? where embedded != text: Issue.record("templates/\(file) differs from its embedded copy: \(fix)")
            default: break
            }
        }
        for file in EmbeddedTheme.files.keys.sorted() where !onDisk.contains(file) {
            Issue.record("the embedded theme has \(file), which templates/ no longer has: \(fix)")
        }
    }

    @Test func everyTemplateTheSiteRendersIsBuiltInAndParses() throws {
        for template in ThemeTemplate.allCases {
            #expect(EmbeddedTheme.files[template.fileName] != nil, "templates/\(template.fileName) is missing")
        }
        let empty = try TestNotebook([:])
        let theme = Theme.load(notebookRoot: empty.root)
        #expect(theme.diagnostics.isEmpty, "\(theme.diagnostics)")
        #expect(theme.stylesheet == EmbeddedTheme.files["style.css"])
    }

    @Test func aThemeWithoutARequiredTemplateIsReportedAtStartUp() throws {
        var builtIn = EmbeddedTheme.files
        builtIn["figure.mustache"] = nil
        builtIn["style.css"] = nil
        let theme = Theme.load(notebookRoot: try TestNotebook([:]).root, builtIn: builtIn)
        #expect(theme.diagnostics.map(\.description) == [
            "templates/figure.mustache:1:1: error: the theme has no figure.mustache: labbook was built without it (run Scripts/embed-templates and build again)",
            "templates/style.css:1:1: error: the theme has no style.css: labbook was built without it (run Scripts/embed-templates and build again)",
        ])
        // A notebook that brings its own copy fills the gap.
        let notebook = try TestNotebook(["templates/figure.mustache": "<figure>{{{svg}}}</figure>\n", "templates/style.css": "p {}"])
        #expect(Theme.load(notebookRoot: notebook.root, builtIn: builtIn).diagnostics.isEmpty)
    }

    @Test func aNotebookRestylesTheSidenotesTheValuesAndThePendingBoxes() throws {
        var files = labNotes
        files["templates/sidenote.mustache"] = "<sup class=\"mine\">{{id}}</sup><small>{{{content}}}</small>\n"
        files["templates/margin-note.mustache"] = "<aside>{{{content}}}</aside>\n"
        files["templates/value.mustache"] = "{{#pending}}<mark>{{path}}?</mark>{{/pending}}\n"
        files["templates/pending-directive.mustache"] = "<div class=\"todo\">{{kind}} {{id}}: {{reason}}</div>\n"
        files["notes/2022-08-01-values.md"] = "---\ntitle: V\n---\nThe exponent is {{< value \"law.b\" >}}.\n"
        let site = try TestNotebook(files).render()
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let page = try #require(site.page("notes/worst-group.html"))
        #expect(page.contains("per run.<sup class=\"mine\">sn-worst-group-1</sup><small>Maybe <em>random search</em> would be better;"))
        #expect(page.contains("a margin remark<aside>no number here</aside>."), "an inline piece loses its file's last line break")
        #expect(page.contains("<div class=\"todo\">experiment width: not run yet</div>\n"))
        #expect(!page.contains("margin-toggle"))
        #expect(try #require(site.page("notes/values.html")).contains("The exponent is <mark>law.b?</mark>.</p>"))
    }

    @Test func aMisspeltTemplateIsAWarningAndTheNotebooksOwnPartialsAreFine() throws {
        var files = labNotes
        files["templates/experiment_box.mustache"] = "<div>{{id}}</div>\n"
        files["templates/my-header.mustache"] = "<h1>{{title}}</h1>\n"
        files["templates/note.mustache"] = "{{>my-header}}{{{body}}}"
        let site = try TestNotebook(files).render()
        #expect(site.diagnostics.map(\.description) == [
            "templates/experiment_box.mustache:1:1: warning: labbook renders no template named 'experiment_box'; did you mean 'experiment-box'?",
        ])
        #expect(try #require(site.page("notes/worst-group.html")).contains("<main>\n<h1>the effects of scale on worst-group performance</h1>\n<p>I keep"))
    }

    @Test func aBrokenPartialIsReportedAtItsPositionAndTheBuiltInOneUsed() throws {
        var files = labNotes
        files["templates/sidenote.mustache"] = "<sup>\n{{#open}}{{id}}\n"
        let site = try TestNotebook(files).render()
        #expect(site.diagnostics.map(\.description) == [
            "templates/sidenote.mustache:3:1: error: template does not parse: expectedSectionEnd; using the built-in 'sidenote' instead",
        ])
        let page = try #require(site.page("notes/worst-group.html"))
        #expect(page.contains("<label for=\"sn-worst-group-1\" class=\"margin-toggle sidenote-number\"></label>"))
    }

    @Test func aTemplateEscapesTheFiveCharactersOfHTMLAndItsOwnPragmaStillHolds() throws {
        var files = labNotes
        files["notes/escapes.md"] = "---\ntitle: \"<b> & \\\"quoted\\\" 'single' é\u{301}\"\n---\nText.\n"
        files["templates/note.mustache"] = "<h1>{{title}}</h1>{{{title}}}\n{{% CONTENT_TYPE: TEXT}}\n<p>{{title}}</p>"
        let site = try TestNotebook(files).render()
        let page = try #require(site.page("notes/escapes.html"))
        #expect(page.contains("<h1>&lt;b&gt; &amp; &quot;quoted&quot; &#39;single&#39; é\u{301}</h1><b> & \"quoted\" 'single' é\u{301}"))
        #expect(page.contains("<p><b> & \"quoted\" 'single' é\u{301}</p>"))
    }

    @Test func aParseErrorOnATemplatesFirstLineIsReportedThere() throws {
        var files = labNotes
        files["templates/sidenote.mustache"] = "{{/open}}<sup>\n"
        let site = try TestNotebook(files).render()
        #expect(site.diagnostics.map(\.description).first?.hasPrefix("templates/sidenote.mustache:1:") == true, "\(site.diagnostics)")
    }
}
