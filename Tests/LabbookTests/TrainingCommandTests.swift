import Execution
import Foundation
import Planning
import Store
import Testing

/// A note with a small sweep on generated data; `extra` lines are added to the directive.
func sweepNote(seeds: Int, widths: String = "[8, 16]", steps: Int = 20, extra: String = "") -> String {
    """
    ---
    title: Sweep
    date: 2026-01-01
    ---
    ## 2026-01-01

    ```experiment
    id: tiny
    dataset: teacher
    train_size: 256
    model: mlp
    depth: 1
    width: \(widths)
    lr: 1e-3
    steps: \(steps)
    batch: 32
    seeds: \(seeds)\(extra.isEmpty ? "" : "\n" + extra)
    ```
    """
}

/// Every record file under results/, with its bytes.
func records(in folder: ScratchFolder) -> [String: Data] {
    let results = folder.url.appendingPathComponent("results")
    var found: [String: Data] = [:]
    for shard in (try? FileManager.default.contentsOfDirectory(atPath: results.path)) ?? [] {
        let shardURL = results.appendingPathComponent(shard)
        // A hidden file is a record being written (WholeFile's temporary file, renamed into place
        // when whole): not stored yet. Counting one made a test kill a worker as it stored its first record.
        for file in (try? FileManager.default.contentsOfDirectory(atPath: shardURL.path)) ?? [] where !file.hasPrefix(".") {
            found[file] = FileManager.default.contents(atPath: shardURL.appendingPathComponent(file).path)
        }
    }
    return found
}

/// Runs labbook with `arguments` and kills its first `labbook trial` worker with SIGKILL as soon
/// as one runs: its exit status, its standard output, and whether a worker was killed.
func runKillingTheFirstWorker(_ arguments: [String], in folder: ScratchFolder) throws -> (status: Int32, output: String, killed: Bool) {
    let out = Pipe()
    let process = try LabbookProcess.start(arguments, output: out)
    var killed = false
    let deadline = Date().addingTimeInterval(60)
    while !killed, Date() < deadline {
        if let pid = try LabbookProcess.workers(in: folder).first { kill(pid, SIGKILL); killed = true }
        usleep(20_000)
    }
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output, killed)
}

@Suite(.serialized) struct TrainingCommandTests {
    @Test func addingASeedTrainsOnlyTheNewTrialsAndLeavesOldRecordsUntouched() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 2))
        let first = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = records(in: folder)
        #expect(before.count == 4)
        #expect(first.stdout.contains("training 4 trials"))

        try folder.write("notes/sweep.md", sweepNote(seeds: 3))
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("sweep/tiny: 6 trials — 4 done, 0 diverged, 0 failed, 2 missing"))
        #expect(status.stdout.contains("missing width=8 seed 2: new seed"))
        #expect(status.stdout.contains("missing width=16 seed 2: new seed"))

        let second = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("training 2 trials"))
        let after = records(in: folder)
        #expect(after.count == 6)
        for (name, bytes) in before { #expect(after[name] == bytes, "\(name) was rewritten") }
        let newRecords = after.keys.filter { before[$0] == nil }
        for name in newRecords {
            let record = try TrialRecord.decode(try #require(after[name]))
            #expect(record.inputs.seed == 2)
        }

        // A third build trains nothing; a wider sweep trains only the new width.
        let third = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(!third.stdout.contains("training"))
        try folder.write("notes/sweep.md", sweepNote(seeds: 3, widths: "[8, 16, 32]"))
        let wider = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(wider.stdout.contains("missing width=32 seed 0: new sweep value"))
        #expect(try LabbookProcess.run(["run", "--root", folder.url.path]).stdout.contains("trained 3 trials, 0 failed"))
        #expect(records(in: folder).count == 9)
    }

    @Test func killingTheBuildLosesOnlyTheRunningTrials() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 6, widths: "[32]", steps: 400))
        let build = try LabbookProcess.start(["build", "--root", folder.url.path, "--jobs", "1"])
        let deadline = Date().addingTimeInterval(120)
        while records(in: folder).count < 2, Date() < deadline, build.isRunning { usleep(50_000) }
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        // The orphaned worker notices and stops rather than finishing a trial nobody waits for.
        let stopBy = Date().addingTimeInterval(30)
        while try !LabbookProcess.workers(in: folder).isEmpty, Date() < stopBy { usleep(100_000) }
        #expect(try LabbookProcess.workers(in: folder).isEmpty, "no worker outlives its build")
        let kept = records(in: folder)
        #expect(kept.count >= 2 && kept.count < 6, "the build was killed mid-sweep")
        for (name, bytes) in kept {
            let record = try TrialRecord.decode(bytes)
            #expect(record.status == .ok, "\(name) is a whole record")
        }

        let resumed = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("training \(6 - kept.count) trials"))
        let after = records(in: folder)
        #expect(after.count == 6)
        for (name, bytes) in kept { #expect(after[name] == bytes) }
    }

    @Test func aCrashedWorkerIsRecordedAsFailedAndTheOthersGoOn() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 2, widths: "[64]", steps: 800))
        // Kill the first worker as soon as it is running; the second must still train.
        let (exit, output, killed) = try runKillingTheFirstWorker(["build", "--root", folder.url.path, "--jobs", "1"], in: folder)
        #expect(killed)
        #expect(exit == 1, "a failed trial makes the build exit 1")
        #expect(output.contains("failed: the worker was killed by signal 9 without a result"))
        let stored = try records(in: folder).values.map(TrialRecord.decode)
        #expect(stored.map(\.status.rawValue).sorted() == ["failed", "ok"])
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("1 done, 0 diverged, 1 failed, 0 missing"))
        // `--rerun failed` trains it again.
        let rerun = try LabbookProcess.run(["run", "--root", folder.url.path, "--rerun", "failed"])
        #expect(rerun.stdout.contains("trained 1 trial, 0 failed"), "\(rerun.stdout)\(rerun.stderr)")
    }

    @Test func aTruncatedRecordIsNamedAndTrainedAgain() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        let (name, bytes) = try #require(records(in: folder).first)
        let path = "results/\(name.prefix(2))/\(name)"
        try folder.write(path, String(decoding: bytes.prefix(40), as: UTF8.self))
        // Loud everywhere: check, status and a build that trains nothing name it, and its page counts it.
        let warning = "\(path):1:1: warning: it is not a complete trial record"
        for command in [["check"], ["status"], ["build", "--no-run"]] {
            let run = try LabbookProcess.run(command + ["--root", folder.url.path])
            #expect(run.stderr.contains(warning), "\(command): \(run.stderr)")
        }
        #expect(folder.read("site/notes/sweep.html")?.contains("Results are missing for 1 trial (1 unreadable record)") == true)
        let rebuilt = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stderr.contains(warning))
        #expect(rebuilt.stdout.contains("training 1 trial"))
        #expect(try TrialRecord.decode(try #require(records(in: folder)[name])).status == .ok)
    }

    @Test func aSecondBuildIsStoppedByTheLock() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        let lock = try NotebookLock(notebook: folder.url)
        let blocked = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("another labbook is training this notebook (pid \(getpid())"))
        withExtendedLifetime(lock) {}
    }

    @Test func noRunRendersFromTheStoreWithAVisibleNotice() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        let result = try LabbookProcess.run(["build", "--root", folder.url.path, "--no-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(records(in: folder).isEmpty)
        let page = try #require(folder.read("site/notes/sweep.html"))
        #expect(page.contains("<strong>2 not run yet</strong>"))
        #expect(page.contains("Results are missing for 2 trials (2 new experiment)"))
    }

    @Test func rerunRetrainsOnlyTheSelectedExperiment() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        try folder.write("notes/other.md", sweepNote(seeds: 1).replacingOccurrences(of: "id: tiny", with: "id: other")
            .replacingOccurrences(of: "lr: 1e-3", with: "lr: 2e-3"))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        let before = records(in: folder)
        #expect(before.count == 4)
        let rerun = try LabbookProcess.run(["build", "--root", folder.url.path, "--rerun", "sweep/tiny"])
        #expect(rerun.stdout.contains("training 2 trials"), "\(rerun.stdout)")
        let after = records(in: folder)
        let changed = before.keys.filter { before[$0] != after[$0] }
        #expect(changed.count == 2)
        for name in changed {
            #expect(try TrialRecord.decode(try #require(after[name])).provenance.experiment == "sweep/tiny")
            // Retraining the same trial gives the same numbers.
            let old = try TrialRecord.decode(try #require(before[name])), new = try TrialRecord.decode(try #require(after[name]))
            #expect(old.metrics == new.metrics && old.curve == new.curve)
        }
    }

    @Test func aRerunWhoseWorkerIsKilledKeepsTheEarlierResult() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1, widths: "[64]", steps: 800))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        let (name, before) = try #require(records(in: folder).first)

        let (exit, output, killed) = try runKillingTheFirstWorker(["run", "--root", folder.url.path, "--rerun", "all", "--jobs", "1"], in: folder)
        #expect(killed)
        #expect(exit == 1, "the failed rerun is reported")
        #expect(output.contains("killed by signal 9"), "\(output)")

        // The result is untouched, and the failure is kept beside it, where status shows it.
        let after = records(in: folder)
        #expect(after[name] == before, "the finished record was replaced")
        let key = String(name.dropLast(".json".count))
        let failure = try TrialRecord.decode(try #require(after["\(key).failed.json"]))
        #expect(failure.status == .failed && failure.key == key)
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("1 done, 0 diverged, 0 failed, 0 missing"), "\(status.stdout)")
        #expect(status.stdout.contains("rerun failed width=64 seed 0: the worker was killed by signal 9"), "\(status.stdout)")
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).stdout.contains("training") == false,
                "a kept result is not trained again")

        // A rerun that finishes replaces the record and clears the failure.
        #expect(try LabbookProcess.run(["run", "--root", folder.url.path, "--rerun", "all"]).status == 0)
        let final = records(in: folder)
        #expect(final["\(key).failed.json"] == nil)
        let old = try TrialRecord.decode(before), new = try TrialRecord.decode(try #require(final[name]))
        #expect(old.metrics == new.metrics && old.curve == new.curve)
    }

    @Test func aRecordWhoseInputsDoNotGiveItsKeyIsNamedAndTrainedAgain() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)
        let (name, bytes) = try #require(records(in: folder).first)
        var record = try TrialRecord.decode(bytes)
        record.inputs.config.lr = 0.5
        let path = "results/\(name.prefix(2))/\(name)"
        try folder.write(path, String(decoding: record.encoded(), as: UTF8.self))
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stderr.contains("\(path):1:1: warning: its inputs do not give its key"), "\(status.stderr)")
        #expect(status.stdout.contains("1 missing"))
        let rebuilt = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(rebuilt.stdout.contains("training 1 trial"))
        #expect(try TrialRecord.decode(try #require(records(in: folder)[name])).inputs.config.lr == 1e-3)
    }
}
