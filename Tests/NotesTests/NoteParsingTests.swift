import Testing
@testable import Notes

/// Parses `text` as the note `notes/<name>`.
func parse(_ text: String, name: String = "2024-05-01-test.md") -> Note {
    NoteParser.parse(text, path: "notes/\(name)", relativePath: name)
}

@Suite struct FrontMatterTests {
    @Test func readsHugoKeysAndKeepsTheRest() throws {
        let note = parse("""
        ---
        title: "the effects of scale"
        date: 2022-07-18T15:31:12-04:00
        draft: true
        tags: ["deep-learning", "neural-scaling"]
        summary: Short.
        slug: Effects Of Scale
        author: Kyle
        ---
        Body.
        """)
        #expect(note.diagnostics.isEmpty)
        #expect(note.title == "the effects of scale")
        #expect(note.date?.dayString == "2022-07-18")
        #expect(note.date?.zoneOffsetMinutes == -240)
        #expect(note.isDraft)
        #expect(note.tags == ["deep-learning", "neural-scaling"])
        #expect(note.summary == "Short.")
        #expect(note.slug == "effects-of-scale")
        #expect(note.frontMatter.fields?["author"]?.string == "Kyle")
    }

    @Test func dateWithoutTimeAndDateFromFileName() {
        #expect(parse("---\ntitle: x\ndate: 2023-05-15\n---\n").date?.rfc3339 == "2023-05-15T00:00:00Z")
        let undated = parse("---\ntitle: x\n---\n", name: "2021-02-03-some-note.md")
        #expect(undated.date?.dayString == "2021-02-03")
        #expect(undated.slug == "some-note")
    }

    @Test func badDateIsAnErrorAtItsPosition() throws {
        let note = parse("---\ntitle: x\ndate: 2022-02-30\n---\nText.\n")
        let error = try #require(note.diagnostics.first)
        #expect(error.description.hasPrefix("notes/2024-05-01-test.md:3:7: error: bad date '2022-02-30'"))
    }

    @Test func badYAMLIsAnErrorOnTheNotesOwnLine() throws {
        let note = parse("---\ntitle: x\ntags: [a, b\n---\nText.\n")
        let error = try #require(note.diagnostics.first)
        #expect(error.location.path == "notes/2024-05-01-test.md")
        #expect(error.location.line >= 3)
        #expect(error.message.hasPrefix("bad YAML"))
        #expect(note.document.children.count == 1, "the body is still read")
    }

    @Test func unclosedFrontMatterIsAnError() {
        let note = parse("---\ntitle: x\nBody\n")
        #expect(note.diagnostics.map(\.message) == ["front matter opened with '---' on line 1 is never closed with '---'"])
    }

    @Test func wrongTypesAreErrors() {
        let note = parse("---\ntitle: [a]\ndraft: maybe\ntags: {a: 1}\n---\n")
        #expect(note.diagnostics.map(\.location.line) == [2, 3, 4])
    }
}

@Suite struct NoteDateTests {
    @Test func acceptsTheWaysPeopleWriteDates() {
        for text in ["2022-07-18", "2022-07-18T15:31", "2022-07-18 15:31", "2022-07-18T15:31:12", "2022-07-18T15:31:12Z",
                     "2022-07-18T15:31:12-04:00", "2022-07-18T15:31:12.123+0530"] {
            #expect(NoteDate(text) != nil, "\(text)")
        }
        for text in ["2022-7-18", "2022-13-01", "2021-02-29", "2022-07-18T25:00", "yesterday", "2022-07-18T15:31:12+04:00junk"] {
            #expect(NoteDate(text) == nil, "\(text)")
        }
    }

    @Test func ordersByTheInstantAcrossZones() throws {
        let early = try #require(NoteDate("2022-07-18T23:00:00-04:00"))  // 03:00 UTC on the 19th
        let late = try #require(NoteDate("2022-07-19T04:00:00+00:00"))
        #expect(early < late)
        #expect(early.rfc3339 == "2022-07-18T23:00:00-04:00")
        #expect(NoteDate("1970-01-02")?.secondsSinceEpoch == 86_400)
    }
}

@Suite struct EntryTests {
    @Test func isoDateHeadingsStartEntries() throws {
        let note = parse("""
        Intro.

        ## 2022-07-18
        First day.

        More.

        ## 2022-07-19: the sweep
        Second day.

        ## Not a date
        Other.
        """)
        #expect(note.diagnostics.isEmpty)
        #expect(note.entries.map(\.anchor) == ["2022-07-18", "2022-07-19"])
        #expect(note.entries.map(\.title) == ["", "the sweep"])
        #expect(note.entries[0].blocks.count == 2)
        #expect(note.entries[1].blocks.count == 1, "an entry ends at the next level-2 heading")
        #expect(note.entries[1].location.line == 8)
        #expect(note.anchors.contains("not-a-date"))
    }

    @Test func repeatedHeadingsGetDistinctAnchors() {
        let note = parse("## 2022-07-18\n\n## 2022-07-18\n\n### Notes\n\n### Notes\n")
        #expect(note.entries.map(\.anchor) == ["2022-07-18", "2022-07-18-2"])
        #expect(note.anchors.isSuperset(of: ["notes", "notes-2"]))
    }

    @Test func impossibleDateInHeadingIsAnError() throws {
        let note = parse("Intro.\n\n## 2022-02-31\nText.\n")
        let error = try #require(note.diagnostics.first)
        #expect(error.description == "notes/2024-05-01-test.md:3:1: error: bad date '2022-02-31' in heading: a dated entry is '## YYYY-MM-DD' with a real day")
        #expect(note.entries.isEmpty)
    }

    @Test func taskListItemsAreMarked() {
        let note = parse("- [ ] to do\n- [x] done\n- plain [ ] item\n")
        let items = note.document.children[0].children
        #expect(items.map(\.task) == [.open, .done, nil])
        #expect(note.plainText(items[0]) == "to do")
    }
}
