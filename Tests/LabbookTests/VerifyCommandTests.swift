import Foundation
import Store
import Testing

/// `labbook verify` retrains committed trials elsewhere and compares them bit for bit.
@Suite(.serialized) struct VerifyCommandTests {
    @Test func aFreshRecordVerifiesAndAnEditedMetricIsNamed() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        let committed = records(in: folder)
        #expect(committed.count == 2)

        let fresh = try LabbookProcess.run(["verify", "--root", folder.url.path, "--sample", "5"])
        #expect(fresh.status == 0, "\(fresh.stdout)\(fresh.stderr)")
        #expect(fresh.stdout.contains("sweep/tiny width=8 seed 0: identical"), "\(fresh.stdout)")
        #expect(fresh.stdout.contains("2 of 2 identical"))
        #expect(records(in: folder) == committed, "verify never touches results/")

        // Edit one record's final test loss, as a hand-edited or damaged record would be.
        let (name, bytes) = try #require(committed.first { (try? TrialRecord.decode($0.value))?.inputs.config.width == 8 })
        var record = try TrialRecord.decode(bytes)
        record.metrics["test_loss"] = 0.123
        let edited = String(decoding: record.encoded(), as: UTF8.self)
        try folder.write("results/\(name.prefix(2))/\(name)", edited)

        let changed = try LabbookProcess.run(["verify", "--root", folder.url.path, "--sample", "5"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("sweep/tiny width=8 seed 0: differs: metrics.test_loss: 0.123 in the record"), "\(changed.stdout)")
        #expect(changed.stdout.contains("sweep/tiny width=16 seed 0: identical"))
        #expect(records(in: folder)[name] == Data(edited.utf8), "verify never touches results/")
    }

    @Test func theSampleIsSeededAndNamesNothingTwice() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 3, steps: 5))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        func sampled(_ seed: Int) throws -> [String] {
            let run = try LabbookProcess.run(["verify", "--root", folder.url.path, "--sample", "2", "--seed", "\(seed)"])
            return run.stdout.split(separator: "\n").filter { $0.hasSuffix(": identical") }.map(String.init).sorted()
        }
        let first = try sampled(1)
        #expect(first.count == 2 && Set(first).count == 2)
        #expect(try sampled(1) == first, "the same seed chooses the same trials")
    }
}
