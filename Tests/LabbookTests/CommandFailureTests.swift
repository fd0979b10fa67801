import Foundation
import Planning
import Store
import Testing

/// Whether a process of this id is alive (not a zombie).
func isAlive(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let state = (try? LabbookProcess.shell("ps -o stat= -p \(pid)")) ?? ""
    return !state.isEmpty && !state.hasPrefix("Z")
}

/// A notebook whose `seeds` trials run scripts/slow.py, each leaving its pid under `pids/`.
private func slowNotebook(seeds: Int) throws -> (folder: ScratchFolder, pids: URL) {
    let folder = try ScratchFolder()
    try copyFixture("slow.py", into: folder)
    let pids = folder.url.appendingPathComponent("pids")
    try folder.write("notes/own.md", commandNote(["""
        id: slow
        command: python3 scripts/slow.py
        code: [scripts/slow.py]
        pid_folder: \(pids.path)
        seeds: \(seeds)
        """]))
    return (folder, pids)
}

/// The pids of the scripts started so far.
private func startedScripts(_ pids: URL) -> [Int32] {
    ((try? FileManager.default.contentsOfDirectory(atPath: pids.path)) ?? []).compactMap {
        try? String(contentsOf: pids.appendingPathComponent($0), encoding: .utf8)
    }.compactMap { Int32($0) }
}

/// Every way a script can go wrong is a result with a reason: the build finishes, exits 1, and
/// the next run tries the failed trials again.
@Suite(.serialized) struct CommandFailureTests {
    @Test func eachFailureIsARecordWithItsReasonAndIsRetried() throws {
        let folder = try ScratchFolder()
        try copyFixture("behave.py", into: folder)
        let pidFile = folder.url.appendingPathComponent("hang.pid").path
        try folder.write("notes/own.md", commandNote(["""
            id: behave
            command: python3 scripts/behave.py
            code: scripts/behave.py
            behave: [ok, exit, no-metrics, bad-json, text-metric, nan, diverged, hang]
            pid_file: \(pidFile)
            timeout: 3s
            """, """
            id: missing
            command: no-such-program-labbook --flag
            width: 8
            """]))
        let build = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(build.status == 1, "a failed trial makes the build exit 1: \(build.stdout)\(build.stderr)")
        #expect(folder.exists("site/notes/own.html"), "the site is still built")

        let stored = try decodedRecords(in: folder)
        func record(_ behave: String) throws -> TrialRecord {
            try #require(stored.first { $0.inputs.configValues["behave"] == .string(behave) }, "\(behave)")
        }
        #expect(try record("ok").status == .ok)
        let exit = try record("exit")
        #expect(exit.status == .failed)
        #expect(exit.message?.contains("the command exited with status 3") == true, "\(exit.message ?? "")")
        #expect(exit.message?.contains("RuntimeError: CUDA out of memory") == true, "the end of stderr is kept")
        #expect(try record("no-metrics").message?.contains("the script wrote no metrics") == true)
        #expect(try record("bad-json").message?.contains("LABBOOK_METRICS is not one JSON object of metrics") == true)
        #expect(try record("text-metric").message?.contains("metric 'test_loss' is not a number: \"low\"") == true)
        let nan = try record("nan")
        #expect(nan.status == .diverged, "a NaN metric means diverged")
        #expect(nan.message == "test_loss is nan")
        let diverged = try record("diverged")
        #expect(diverged.status == .diverged)
        #expect(diverged.metrics["test_loss"] == 9)
        let hang = try record("hang")
        #expect(hang.status == .failed)
        #expect(hang.message?.hasPrefix("timed out after 3s; its process group was killed") == true, "\(hang.message ?? "")")
        // The script and the child it started are both gone.
        let pids = try #require(folder.read("hang.pid")).split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(pids.count == 2)
        for pid in pids { #expect(!isAlive(pid), "process \(pid) of the timed-out group is gone") }
        let notFound = try #require(stored.first { $0.provenance.experiment == "own/missing" })
        #expect(notFound.status == .failed)
        #expect(notFound.message == "command not found: 'no-such-program-labbook' is not on PATH")

        // Failed trials (5 of them) are tried again; the others are results and stay.
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("own/behave: 8 trials — 1 done, 2 diverged, 5 failed, 0 missing"), "\(status.stdout)")
        let again = try LabbookProcess.run(["run", "--root", folder.url.path, "--jobs", "2"])
        #expect(again.stdout.contains("training 6 trials"), "\(again.stdout)")
    }

    @Test func killingTheBuildStopsRunningScriptsKeepsFinishedTrialsAndTheNextBuildResumes() throws {
        let (folder, pids) = try slowNotebook(seeds: 6)
        let build = try LabbookProcess.start(["build", "--root", folder.url.path, "--jobs", "1"])
        let deadline = Date().addingTimeInterval(120)
        // Two trials done and a third script running.
        while (records(in: folder).count < 2 || startedScripts(pids).count < 3), Date() < deadline, build.isRunning { usleep(20_000) }
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()

        let scripts = startedScripts(pids)
        let stopBy = Date().addingTimeInterval(30)
        while try scripts.contains(where: isAlive) || !LabbookProcess.workers(in: folder).isEmpty, Date() < stopBy { usleep(100_000) }
        for pid in scripts { #expect(!isAlive(pid), "script \(pid) stopped with its build") }
        #expect(try LabbookProcess.workers(in: folder).isEmpty, "no worker outlives its build")
        let kept = records(in: folder)
        #expect(kept.count >= 2 && kept.count < 6, "the build was killed mid-sweep")
        for (name, bytes) in kept { #expect(try TrialRecord.decode(bytes).status == .ok, "\(name) is a whole record") }

        let resumed = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("training \(6 - kept.count) trials"), "\(resumed.stdout)")
        let after = records(in: folder)
        #expect(after.count == 6)
        for (name, bytes) in kept { #expect(after[name] == bytes, "finished trials are kept as they were") }
    }

    @Test func ctrlCStopsTheRunningScriptsAndTheNextBuildResumes() throws {
        let (folder, pids) = try slowNotebook(seeds: 4)
        let build = try LabbookProcess.start(["build", "--root", folder.url.path, "--jobs", "2"])
        let deadline = Date().addingTimeInterval(60)
        while startedScripts(pids).count < 2, Date() < deadline, build.isRunning { usleep(20_000) }
        let running = startedScripts(pids)
        #expect(running.count == 2)
        kill(build.processIdentifier, SIGINT)
        build.waitUntilExit()
        let stopBy = Date().addingTimeInterval(30)
        while running.contains(where: isAlive), Date() < stopBy { usleep(100_000) }
        for pid in running { #expect(!isAlive(pid), "script \(pid) stopped with the build") }
        let resumed = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(records(in: folder).count == 4)
    }
}

