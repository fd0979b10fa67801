import Testing
@testable import Notes

/// Front matter of plain `key: value` lines is read without Yams, and must give exactly the
/// nodes Yams gives: the same values, kinds and places.
@Suite struct SimpleYAMLTests {
    static let simple = [
        "title: \"note 0\"\ndate: 2020-01-01\ntags: [\"scaling\", \"t0\"]\n",
        "title: \"Café: ünïcode ‘quotes’\"\ntags: [\"é\", \"x y\", \"\"]\ndraft: true\n",
        "draft: false\nweight: 10\nzero: 0\ntags: []\nslug: \"a-b\"",
        "author_name: \"A\"\nlast-mod: 2024-13-45\ntitle: \"tab\there\"\n",
    ]
    static let leftToYams = [
        "", "title: plain words\n", "title: \"escaped \\\" quote\"\n", "# comment\ntitle: \"x\"\n", "title: \"x\"\n\ndate: 2020-01-01\n",
        "params:\n  a: 1\n", "weight: 012\n", "ratio: 0.5\n", "yes: \"x\"\n", "Null: \"x\"\n", "title: \"x\" # note\n",
        "tags: [\"a\",\"b\"]\n", "tags: [a, b]\n", "title:\"x\"\n", "title: 'single'\n", "title: \"x\u{85}y\"\n", "title:  \"x\"\n",
        "big: 12345678901\n", "title: \"\u{1}\"\n",
    ]

    @Test func simpleLinesGiveTheNodesYamsGives() throws {
        for text in Self.simple {
            let simple = try #require(SimpleYAML.mapping(text, path: "notes/a.md", firstLine: 2), "\(text.debugDescription)")
            let yams = try YAMLNode.composed(text, path: "notes/a.md", firstLine: 2)
            #expect(simple == yams, "\(text.debugDescription)")
        }
    }

    @Test func anythingElseIsLeftToYams() {
        for text in Self.leftToYams {
            #expect(SimpleYAML.mapping(text, path: "notes/a.md", firstLine: 2) == nil, "\(text.debugDescription)")
        }
    }
}
