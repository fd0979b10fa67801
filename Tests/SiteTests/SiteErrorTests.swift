import Foundation
import Testing
@testable import Notes
@testable import Site

@Suite struct SiteErrorTests {
    @Test func missingAndDraftReferencesAreErrorsAndTheOtherNotesStillBuild() throws {
        var files = labNotes
        files["notes/2022-08-01-broken.md"] = """
        ---
        title: Broken links
        date: 2022-08-01
        ---
        See [gone]({{< relref "no-such-note.md" >}}) and
        [idea]({{< relref "draft-idea.md" >}}).
        """
        let site = try TestNotebook(files).render()
        #expect(site.diagnostics.map(\.description) == [
            "notes/2022-08-01-broken.md:5:12: error: relref target 'no-such-note.md' not found: no note in notes/ has that path or file name",
            "notes/2022-08-01-broken.md:6:8: error: relref target 'draft-idea.md' is a draft (notes/2022-07-19-draft-idea.md); publish it or build with --drafts",
        ])
        #expect(site.paths.contains("notes/broken.html"))
        #expect(site.paths.contains("notes/worst-group.html"))
        // With drafts published, the draft target is fine.
        let withDrafts = try TestNotebook(files).render(drafts: true)
        #expect(withDrafts.diagnostics.count == 1)
    }

    @Test func everyBrokenNoteIsReportedAndTheRestBuilt() throws {
        var files = labNotes
        files["notes/bad-yaml.md"] = "---\ntitle: [unclosed\n---\nBody.\n"
        files["notes/bad-shortcode.md"] = "---\ntitle: x\ndate: 2022-13-01\n---\nText {{< footnote >}} and {{% sidenote %}} open.\n"
        let site = try TestNotebook(files).render()
        let lines = site.diagnostics.map(\.description)
        #expect(lines.contains("notes/bad-shortcode.md:3:7: error: bad date '2022-13-01': write 2022-07-18, 2022-07-18T15:31 or 2022-07-18T15:31:12-04:00"))
        #expect(lines.contains { $0.hasPrefix("notes/bad-shortcode.md:5:6: error: unknown shortcode 'footnote'") })
        #expect(lines.contains("notes/bad-shortcode.md:5:27: error: unclosed shortcode 'sidenote': expected '{{% /sidenote %}}' after it"))
        #expect(lines.contains { $0.hasPrefix("notes/bad-yaml.md:") && $0.contains("error: bad YAML") })
        #expect(site.paths.contains("notes/worst-group.html"))
        #expect(site.paths.contains("notes/bad-shortcode.html"), "a broken note still renders what it can")
    }

    @Test func aNotebookTemplateOverridesTheBuiltInOne() throws {
        var files = labNotes
        files["templates/note.mustache"] = "<article class=\"mine\"><h1>{{title}}</h1>{{{body}}}<p>by {{params.author}}</p></article>"
        files["templates/style.css"] = "body { color: teal; }"
        files["notes/papers/effect-of-size.md"] = "---\ntitle: T\nauthor: Kim\n---\nBody.\n\n## 2022-03-02\n"
        let site = try TestNotebook(files).render()
        #expect(site.diagnostics.isEmpty)
        let page = try #require(site.page("notes/papers/effect-of-size.html"))
        #expect(page.contains("<article class=\"mine\"><h1>T</h1><p>Body.</p>\n"), "\(page)")
        #expect(page.contains("<p>by Kim</p></article>"))
        #expect(page.contains("<title>T · Scaling lab</title>"), "the built-in base still wraps it")
        #expect(site.page("style.css") == "body { color: teal; }")
    }

    @Test func aBrokenTemplateIsReportedWithItsPosition() throws {
        var files = labNotes
        files["templates/index.mustache"] = "<h1>{{title}}</h1>\n{{#notes}}\n"
        let site = try TestNotebook(files).render()
        let error = try #require(site.diagnostics.first)
        #expect(error.location.path == "templates/index.mustache")
        #expect(site.page("index.html")?.contains("note-list") == true, "falls back to the built-in template")
    }

    @Test func rebuildingRemovesPagesOfDeletedNotes() throws {
        let notebook = try TestNotebook(labNotes)
        let output = notebook.root.appendingPathComponent("site")
        try SiteWriter.write(try notebook.render().files, to: output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes/papers/effect-of-size.html").path))
        try FileManager.default.removeItem(at: notebook.root.appendingPathComponent("notes/papers"))
        try notebook.write("notes/2022-07-18-worst-group.md", "---\ntitle: t\n---\nNo links now.\n")
        try SiteWriter.write(try notebook.render().files, to: output)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("notes/papers").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes/worst-group.html").path))
    }
}
