import Foundation
import Store
import Testing

/// A page never looks fine when it is not: its errors are listed at its top, and an experiment's
/// failed trials say why.
@Suite(.serialized) struct PageProblemsTests {
    @Test func aNoteWithErrorsSaysSoAtItsTopAndACleanOneDoesNot() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/bad.md", "---\ntitle: Bad\n---\nQuoted {{< value \"nowhere.b\" >}}.\n\n" + CheckMatchesBuildTests.experiment
                         + "\n```plot\nexperiment: w\nx: width\ny: test_los\n```\n")
        try folder.write("notes/good.md", "---\ntitle: Good\n---\nFine.\n")
        let build = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(build.status == 1)
        let bad = try #require(folder.read("site/notes/bad.html"))
        #expect(bad.contains("<strong>This note has 2 errors</strong>"), "\(bad)")
        #expect(bad.contains("<code>notes/bad.md:4:8</code> value &#39;nowhere.b&#39;") || bad.contains("<code>notes/bad.md:4:8</code> value 'nowhere.b'"), "\(bad)")
        #expect(bad.contains("did you mean &#39;test_loss&#39;") || bad.contains("did you mean 'test_loss'"))
        #expect(bad.range(of: "note-problems")!.lowerBound < bad.range(of: "<section class=\"body\">")!.lowerBound, "the notice comes first")
        #expect(folder.read("site/notes/good.html")?.contains("note-problems") == false)
    }

    @Test func anExperimentWithFailedTrialsSaysWhyOnItsPage() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        let (name, bytes) = try #require(records(in: folder).first { (try? TrialRecord.decode($0.value))?.inputs.config.width == 8 })
        let record = try TrialRecord.decode(bytes)
        let failed = TrialRecord.failed(key: record.key, inputs: record.inputs, message: "the worker ran out of memory\nmore detail",
                                        wallSeconds: 1, provenance: record.provenance)
        try folder.write("results/\(name.prefix(2))/\(name)", String(decoding: failed.encoded(), as: UTF8.self))
        #expect(try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path]).status == 0)
        let page = try #require(folder.read("site/notes/sweep.html"))
        #expect(page.contains("1 trial failed; the next build tries it again"), "\(page)")
        #expect(page.contains("<li><code>width=8 seed 0</code>: the worker ran out of memory</li>"), "\(page)")
        #expect(!page.contains("more detail"))
    }
}
