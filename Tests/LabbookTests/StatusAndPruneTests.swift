import Foundation
import Store
import Testing

/// `status` says what changed and which records nothing uses; `prune` removes those when asked.
@Suite(.serialized) struct StatusAndPruneTests {
    @Test func aChangedFixedKeyIsNamedWithItsOldAndNewValue() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1, steps: 20))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        try folder.write("notes/sweep.md", sweepNote(seeds: 1, steps: 40))
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("missing width=8 seed 0: changed: "), "\(status.stdout)")
        #expect(status.stdout.contains("steps 20 → 40"), "\(status.stdout)")
        // A new value of a swept key is still a new sweep value.
        try folder.write("notes/sweep.md", sweepNote(seeds: 1, widths: "[8, 16, 32]", steps: 20))
        #expect(try LabbookProcess.run(["status", "--root", folder.url.path]).stdout.contains("missing width=32 seed 0: new sweep value"))
    }

    @Test func statusFailedListsOnlyExperimentsWithFailures() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        try folder.write("notes/other.md", sweepNote(seeds: 1).replacingOccurrences(of: "id: tiny", with: "id: other")
            .replacingOccurrences(of: "lr: 1e-3", with: "lr: 2e-3"))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        // Make one of sweep/tiny's records a failure.
        let (name, bytes) = try #require(records(in: folder).first { (try? TrialRecord.decode($0.value))?.provenance.experiment == "sweep/tiny" })
        let record = try TrialRecord.decode(bytes)
        let failed = TrialRecord.failed(key: record.key, inputs: record.inputs, message: "out of memory", wallSeconds: 1, provenance: record.provenance)
        try folder.write("results/\(name.prefix(2))/\(name)", String(decoding: failed.encoded(), as: UTF8.self))

        let status = try LabbookProcess.run(["status", "failed", "--root", folder.url.path])
        #expect(status.stdout.contains("sweep/tiny: 2 trials — 1 done, 0 diverged, 1 failed, 0 missing"), "\(status.stdout)")
        #expect(status.stdout.contains("failed  width="), "\(status.stdout)")
        #expect(!status.stdout.contains("other/other"), "an experiment without failures is not listed: \(status.stdout)")
    }

    @Test func recordsNoExperimentUsesAreCountedListedAndPrunedOnlyWhenAsked() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 2))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        #expect(records(in: folder).count == 4)
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))

        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("2 records in the results store belong to no experiment any more"), "\(status.stdout)")
        let dryRun = try LabbookProcess.run(["prune", "--root", folder.url.path])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.split(separator: "\n").filter { $0.hasPrefix("results/") }.count == 2, "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("`labbook prune --yes` removes them"))
        #expect(records(in: folder).count == 4, "a dry run removes nothing")

        // While an experiment does not parse, its records look unused: prune refuses.
        try folder.write("notes/broken.md", "---\ntitle: B\n---\n```experiment\nid: b\nwidht: 3\n```\n")
        let refused = try LabbookProcess.run(["prune", "--yes", "--root", folder.url.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot be told from unused ones"), "\(refused.stderr)")
        #expect(records(in: folder).count == 4)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("notes/broken.md"))

        let pruned = try LabbookProcess.run(["prune", "--yes", "--root", folder.url.path])
        #expect(pruned.stdout.contains("removed 2 records"), "\(pruned.stdout)\(pruned.stderr)")
        #expect(records(in: folder).count == 2)
        #expect(try LabbookProcess.run(["status", "--root", folder.url.path]).stdout.contains("belong to no experiment") == false)
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).stdout.contains("training") == false, "the used records stay")
    }

    @Test func aDraftsRecordsAreNotUnused() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1).replacingOccurrences(of: "date: 2026-01-01", with: "date: 2026-01-01\ndraft: true"))
        #expect(try LabbookProcess.run(["build", "--drafts", "--root", folder.url.path]).status == 0)
        #expect(records(in: folder).count == 2)
        #expect(try LabbookProcess.run(["prune", "--root", folder.url.path]).stdout.contains("no unused records"))
    }
}
