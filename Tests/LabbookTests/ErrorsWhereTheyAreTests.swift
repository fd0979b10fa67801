import Foundation
import Testing

/// Each mistake is reported once, where it is, before anything trains.
@Suite struct ErrorsWhereTheyAreTests {
    func check(_ files: [String: String]) throws -> (status: Int32, lines: [String]) {
        let folder = try ScratchFolder()
        for (path, text) in files { try folder.write(path, text) }
        let result = try LabbookProcess.run(["check", "--root", folder.url.path])
        return (result.status, result.stderr.split(separator: "\n").map(String.init))
    }

    @Test func anUnclosedQuoteInFrontMatterIsReportedWhereItOpens() throws {
        let result = try check(["notes/a.md": "---\ntitle: \"Unclosed\ndate: 2024-01-01\ntags: []\n---\nBody.\n"])
        #expect(result.lines == ["notes/a.md:2:8: error: bad YAML: found unexpected end of stream while scanning a quoted scalar, which is never closed"])
        let bracket = try check(["notes/a.md": "---\ntitle: A\ntags: [a, b\n---\nBody.\n"])
        #expect(bracket.lines.count == 1 && bracket.lines[0].hasPrefix("notes/a.md:3:7: error: bad YAML:"), "\(bracket.lines)")
    }

    @Test func anUnclosedFenceIsOneErrorAtTheFence() throws {
        let result = try check(["notes/a.md": "---\ntitle: U\n---\nText.\n\n```experiment\nid: e\ndataset: mnist1d\n\nMore prose: with a colon.\n- a list\n"])
        #expect(result.lines == ["notes/a.md:6:1: error: this experiment block is never closed: end its YAML with a line of three backticks"])
    }

    @Test func aMisspeltFrontMatterKeyIsAWarningWithASuggestion() throws {
        let result = try check(["notes/a.md": "---\ntittle: A\nauthor: me\ndescription: fine\n---\nBody.\n"])
        #expect(result.status == 0)
        #expect(result.lines == ["notes/a.md:2:1: warning: front matter key 'tittle' is not one labbook reads; did you mean 'title'? (other keys are kept for templates)"])
    }

    @Test func aRelrefToAnAnchorThatDoesNotExistIsAnError() throws {
        let result = try check([
            "notes/a.md": "---\ntitle: A\n---\n[ok]({{< relref \"b.md#2026-01-01\" >}}), [plot]({{< relref \"b.md#plot-law\" >}}), [bad]({{< relref \"b.md#2026-01-02\" >}})\n",
            "notes/b.md": "---\ntitle: B\n---\n## 2026-01-01\n\n```plot\nid: law\nexperiment: none\nx: width\ny: test_loss\n```\n",
        ])
        let relrefs = result.lines.filter { $0.contains("relref") }
        #expect(relrefs == ["notes/a.md:4:87: error: relref target 'b.md#2026-01-02': notes/b.md has no heading or directive with the anchor '2026-01-02'; did you mean '#2026-01-01'?"], "\(result.lines)")
    }

    @Test func aPlotWhoseIdIsAnExperimentsIsFlaggedAndABrokenExperimentDoesNotCascade() throws {
        let note = """
        ---
        title: C
        ---
        Value {{< value "law.b" >}}.

        ```experiment
        id: e
        dataset: mnist1d
        widht: 8
        steps: 5
        ```

        ```plot
        id: law
        experiment: e
        x: width
        y: test_loss
        ```

        ```table
        id: e
        experiment: e
        rows: width
        columns: [test_loss]
        ```
        """
        let result = try check(["notes/c.md": note])
        #expect(result.lines == [
            "notes/c.md:9:1: error: unknown key 'widht' in experiment; did you mean 'width'?",
            "notes/c.md:20:1: error: id 'e' is already the id of the experiment at line 6; give this table an id of its own, so that values can tell them apart",
        ], "\(result.lines)")
    }

    @Test func aCSVDatasetsContentsAreCheckedBeforeAnythingTrains() throws {
        let result = try check([
            "d.csv": "x,label\n1,0\n2,1\n3\n",
            "notes/a.md": "---\ntitle: C\n---\n```experiment\nid: c\ndataset: csv:d.csv\nsteps: 2\n```\n\n```experiment\nid: d\ndataset: csv:d.csv\nlabel: y\nsteps: 2\n```\n",
        ])
        #expect(result.status == 1)
        #expect(result.lines.contains { $0.hasPrefix("notes/a.md:6:10: error: ") && $0.contains("d.csv:4") && $0.contains("expected 2 fields, found 1") }, "\(result.lines)")
        #expect(result.lines.contains { $0.hasPrefix("notes/a.md:12:10: error: ") && $0.contains("no column named 'y'") }, "\(result.lines)")
    }

    @Test func aHoldoutThatLeavesTooFewPointsIsFoundBeforeAnythingTrains() throws {
        let result = try check(["notes/a.md": "---\ntitle: H\n---\n```experiment\nid: width\ndataset: mnist1d\nwidth: [64, 128, 256]\nsteps: 5\n```\n\n"
                                + "```plot\nexperiment: width\nx: width\ny: test_loss\nfit: power-law+offset\nholdout: 1\n```\n"])
        #expect(result.lines == ["notes/a.md:16:10: error: 'holdout: 1' leaves 2 of the 3 values of width to fit; power-law+offset needs at least 3"], "\(result.lines)")
    }

    /// README's own examples, checked as a new user would paste them.
    @Test func theReadmeExampleNoteChecksClean() throws {
        let readme = try String(contentsOf: ResearchLogTests.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "````markdown\n---\ntitle: \"Width scaling"))
        let end = try #require(readme.range(of: "\n````", range: start.upperBound..<readme.endIndex))
        var note = String(readme[start.upperBound..<end.lowerBound])
        note = "---\ntitle: \"Width scaling" + note
        let plots = try #require(readme.range(of: "## Plots, tables and numbers in prose\n\n````markdown\n"))
        let plotsEnd = try #require(readme.range(of: "\n````", range: plots.upperBound..<readme.endIndex))
        // The plots example names the first example's experiment; a relref in it names the reading note.
        let result = try check(["notes/2026-11-25-width.md": note + "\n" + readme[plots.upperBound..<plotsEnd.lowerBound],
                                "notes/reading-scaling-laws.md": "---\ntitle: R\n---\n## 2026-11-24\n"])
        #expect(result.status == 0, "\(result.lines)")
    }
}

