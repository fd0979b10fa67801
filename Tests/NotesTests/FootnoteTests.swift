import Testing
@testable import Notes

@Suite struct FootnoteTests {
    @Test func undefinedAndUnusedFootnotesArePositioned() {
        let note = parse("---\ntitle: t\n---\nText[^one] and[^2].\n\n[^1]: never used\n[^2]: used\n")
        let messages = note.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.message)" }
        #expect(messages == [
            "4:5 error footnote [^one] has no definition: add a line '[^one]: …'",
            "6:1 warning footnote [^1] is defined but never referenced",
        ])
    }

    @Test func definitionsKeepTheLinesOfWhatFollows() {
        let note = parse("---\ntitle: t\n---\nA[^n].\n\n[^n]: a note\n    more\n\n## 2024-05-02\n")
        #expect(note.diagnostics.isEmpty)
        #expect(note.entries.first?.location.line == 9)
        #expect(note.embeds.contains { if case .aside = $0 { true } else { false } })
    }

    @Test func tablesKeepTheirLines() throws {
        let note = parse("---\ntitle: t\n---\nIntro\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        let blocks = note.document.children
        #expect(blocks.map(\.kind) == [.paragraph, .table])
        let table = try #require(blocks.last)
        #expect(note.noteLine(table.line) == 5)
        #expect(table.children.map { note.noteLine($0.line) } == [5, 7])
        #expect(table.children[1].children.map(\.plainText) == ["1", "2"])
    }
}
