import Foundation
import Testing

/// A build whose inputs and site are as the last build left them has nothing to do: it says so,
/// reports the same problems with the same exit code, and writes nothing. Any change to what a
/// build reads, or to the site, makes the next build a real one.
@Suite(.serialized) struct UpToDateBuildTests {
    static let experiment = "```experiment\nid: w\ndataset: mnist1d\nwidth: [8]\nsteps: 3\nseeds: 1\n```\n"

    func build(_ folder: ScratchFolder, _ extra: [String] = ["--no-run"]) throws -> LabbookProcess.Result {
        try LabbookProcess.run(["build", "--root", folder.url.path] + extra)
    }

    func upToDate(_ result: LabbookProcess.Result) -> Bool { result.stdout.contains("nothing had changed since the last build") }

    @Test func anUnchangedNotebookIsNotBuiltAgainAndReportsTheSameProblems() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/good.md", "---\ntitle: Good\ndate: 2024-01-02\n---\nFine.\n\n" + Self.experiment)
        try folder.write("notes/bad.md", "---\ntitle: Bad\n---\nA {{< sidenot >}}x{{< /sidenot >}}\n")
        let first = try build(folder)
        #expect(first.status == 1 && !upToDate(first))
        let page = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("site/notes/good.html").path)

        let second = try build(folder)
        #expect(upToDate(second), "\(second.stdout)")
        #expect(second.status == first.status)
        #expect(second.stderr == first.stderr)
        #expect(second.stdout.hasPrefix(first.stdout.trimmingCharacters(in: .newlines)))
        // Nothing was written: the page is the same file, untouched.
        let again = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("site/notes/good.html").path)
        #expect(page[.systemFileNumber] as? Int == again[.systemFileNumber] as? Int)
        #expect(page[.modificationDate] as? Date == again[.modificationDate] as? Date)
    }

    @Test func editingANoteATemplateOrARecordBuildsAgain() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ntitle: A\n---\nOne.\n")
        #expect(try build(folder).status == 0)
        #expect(upToDate(try build(folder)))

        try folder.write("notes/a.md", "---\ntitle: A\n---\nTwo.\n")
        let edited = try build(folder)
        #expect(!upToDate(edited))
        #expect(folder.read("site/notes/a.html")?.contains("Two.") == true)
        #expect(upToDate(try build(folder)))

        try folder.write("templates/note.mustache", "<article>{{{body}}} (own template)</article>\n")
        #expect(!upToDate(try build(folder)))
        #expect(folder.read("site/notes/a.html")?.contains("(own template)") == true)

        try folder.write("results/ab/stray.json", "{}")
        #expect(!upToDate(try build(folder)))
        #expect(upToDate(try build(folder)))

        // Another output folder, or drafts, is another build.
        #expect(!upToDate(try build(folder, ["--no-run", "--drafts"])))
    }

    @Test func aSiteChangedOrEmptiedByHandIsWrittenAgain() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ntitle: A\n---\nOne.\n")
        #expect(try build(folder).status == 0)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("site/index.html"))
        #expect(!upToDate(try build(folder)))
        #expect(folder.exists("site/index.html"))

        try folder.write("site/notes/a.html", "edited by hand")
        #expect(!upToDate(try build(folder)))
        #expect(folder.read("site/notes/a.html")?.contains("One.") == true)
    }

    @Test func aDamagedManifestIsIgnored() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ntitle: A\n---\nOne.\n")
        #expect(try build(folder).status == 0)
        try folder.write(".labbook/cache/build.json", "{\"format\": 1, \"inp")
        let result = try build(folder)
        #expect(result.status == 0 && !upToDate(result))
        #expect(upToDate(try build(folder)))
    }

    @Test func aBuildThatTrainsIsNeverTheLastWord() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ntitle: A\n---\n" + Self.experiment)
        // --no-run leaves the trial missing; `build` must still train it, and then rests.
        #expect(try build(folder).status == 0)
        let trained = try build(folder, ["--jobs", "1"])
        #expect(trained.status == 0 && !upToDate(trained), "\(trained.stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.url.appendingPathComponent("results").path)
            .contains { $0.hasSuffix(".json") })
        let after = try build(folder, ["--jobs", "1"])
        #expect(!upToDate(after), "the build that trained wrote records after its listing was taken")
        #expect(upToDate(try build(folder, ["--jobs", "1"])))
    }
}

/// A figure drawn before lines were added above it is the same figure after: taken from the cache,
/// with its problems at their new lines, exactly as a build with no cache draws it.
@Suite struct MovedFigureTests {
    static func note(intro: String) -> String {
        """
        ---
        title: A
        ---
        \(intro)

        ```experiment
        id: w
        dataset: mnist1d
        width: [8, 16]
        steps: 3
        seeds: 1
        ```

        ```plot
        experiment: w
        x: width
        y: test_loss
        fit: power-law+offset
        holdout: 1
        ```
        """
    }

    @Test func aFigureMovedDownTheNoteIsTakenFromTheCacheWithItsProblemsMoved() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", Self.note(intro: "Intro."))
        let first = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(first.stderr.contains("notes/a.md:19:10: error: 'holdout: 1' leaves 1 of the 2 values of width"), "\(first.stderr)")
        let cached = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(".labbook/cache/figures").path)

        try folder.write("notes/a.md", Self.note(intro: "Intro.\n\nTwo new lines\nabove the figure."))
        let moved = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(moved.stderr.contains("notes/a.md:22:10: error: 'holdout: 1' leaves 1 of the 2 values of width"), "\(moved.stderr)")
        // The same cache entry served it: nothing new was drawn.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(".labbook/cache/figures").path).sorted()
                == cached.sorted())

        let page = folder.read("site/notes/a.html")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(".labbook"))
        let fresh = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(fresh.stderr == moved.stderr)
        #expect(folder.read("site/notes/a.html") == page)
    }
}
