import Testing
@testable import Site

@Suite struct IndexTagsTests {
    /// `labbook new` writes `tags: []`; such a note lists no tags, not the notebook's.
    @Test func aNoteWithoutTagsListsNoTagsOnTheIndex() throws {
        let notebook = try TestNotebook([
            "notes/tagged.md": "---\ntitle: Tagged\ndate: 2026-01-02\ntags: [\"mlp\", \"scaling\"]\n---\nOne.\n",
            "notes/bare.md": "---\ntitle: Bare\ndate: 2026-01-01\ntags: []\n---\nTwo.\n",
            "notes/none.md": "---\ntitle: None\ndate: 2025-12-31\n---\nThree.\n",
        ])
        let index = try #require(try notebook.render().page("index.html"))
        let items = index.components(separatedBy: "<li>").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
        let bare = try #require(items.first { $0.contains(">Bare<") })
        let none = try #require(items.first { $0.contains(">None<") })
        let tagged = try #require(items.first { $0.contains(">Tagged<") })
        #expect(!bare.contains("class=\"tag\"") && !bare.contains(" · </p>"), "\(bare)")
        #expect(!none.contains("class=\"tag\""), "\(none)")
        #expect(tagged.occurrences(of: "class=\"tag\"") == 2)
        // The notebook-wide list is still there, once.
        #expect(index.occurrences(of: "<section class=\"all-tags\">") == 1)
    }
}

@Suite struct TemplateVariableTests {
    @Test func aVariableNoTemplateIsGivenIsAWarningAtItsPosition() throws {
        let notebook = try TestNotebook([
            "notes/a.md": "---\ntitle: A\nauthor: me\n---\nBody.\n",
            "templates/note.mustache": "<article>\n<h1>{{tittle}}</h1>{{{body}}} {{params.author}} {{#tags}}{{name}}{{/tags}} {{slug}}\n</article>\n",
        ])
        let warnings = try notebook.render().diagnostics.map(\.description)
        #expect(warnings == ["templates/note.mustache:2:5: warning: 'tittle' is not a variable labbook gives the note template, so it renders empty; did you mean 'title'?"])
    }
}
