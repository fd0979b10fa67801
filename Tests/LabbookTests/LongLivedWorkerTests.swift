import Foundation
import Store
import Testing

/// A record's bytes with the fields that differ between any two runs (when, where, how long) masked.
func maskedRecord(_ bytes: Data) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.replacingOccurrences(of: #""(wall_seconds|started|host)" : [^,\n]*"#, with: "\"$1\" : …", options: .regularExpression)
}

/// The local executor's workers stay up across trials: what they store must not depend on that.
@Suite(.serialized) struct LongLivedWorkerTests {
    @Test func aWorkerThatTrainsManyTrialsStoresTheRecordsOneTrialPerProcessStores() throws {
        let folder = try ScratchFolder()
        // Fashion-MNIST: every trial after the first reuses the worker's decoded dataset.
        try folder.write("notes/fashion.md", """
            ---
            title: Fashion
            date: 2026-01-01
            ---
            ## 2026-01-01

            ```experiment
            id: small
            dataset: fashion-mnist
            train_size: 2000
            model: mlp
            depth: 1
            width: [8, 16]
            lr: 1e-3
            steps: 20
            batch: 32
            seeds: 2
            ```
            """)
        let build = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "1"])
        #expect(build.status == 0, "\(build.stderr)")
        let served = records(in: folder)
        #expect(served.count == 4)
        for (name, bytes) in served {
            let key = String(name.dropLast(".json".count))
            let alone = try LabbookProcess.run(["trial", key, "--root", folder.url.path, "--force"])
            #expect(alone.status == 0, "\(alone.stdout)\(alone.stderr)")
            let again = try #require(records(in: folder)[name])
            #expect(again != bytes, "the record was written again")
            #expect(maskedRecord(again) == maskedRecord(bytes), "\(name) differs between a long-lived worker and its own process")
        }
    }

    @Test func killingAWorkerMidTrialFailsOnlyThatTrialAndANewWorkerTakesTheRest() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 3, widths: "[64]", steps: 800))
        let out = Pipe()
        let build = try LabbookProcess.start(["build", "--root", folder.url.path, "--jobs", "1"], output: out)
        // Wait until the worker that stored the first trial has taken the second (its log is open).
        let logs = folder.url.appendingPathComponent(".labbook/logs")
        let deadline = Date().addingTimeInterval(120)
        var firstWorker: Int32?
        var killed: Int32?
        while killed == nil, Date() < deadline, build.isRunning {
            let workers = try LabbookProcess.workers(in: folder)
            if firstWorker == nil { firstWorker = workers.first }
            let stored = records(in: folder).keys.map { String($0.dropLast(".json".count)) }
            let open = ((try? FileManager.default.contentsOfDirectory(atPath: logs.path)) ?? [])
                .map { String($0.dropLast(".log".count)) }.filter { !stored.contains($0) }
            if stored.count == 1, !open.isEmpty, let worker = firstWorker, workers == [worker] {
                kill(worker, SIGKILL)
                killed = worker
            }
            usleep(20_000)
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        build.waitUntilExit()
        #expect(killed != nil, "one worker stored the first trial and took the second")
        #expect(build.terminationStatus == 1, "a failed trial makes the build exit 1")
        let stored = try records(in: folder).values.map(TrialRecord.decode)
        #expect(stored.map(\.status.rawValue).sorted() == ["failed", "ok", "ok"], "\(output)")
        let failed = try #require(stored.first { $0.status == .failed })
        #expect(failed.message?.contains("the worker was killed by signal 9 without a result") == true)
        #expect(failed.inputs.seed == 1, "the trial in progress failed, not the one before or after")
        #expect(try LabbookProcess.workers(in: folder).isEmpty, "no worker outlives its build")
    }
}
