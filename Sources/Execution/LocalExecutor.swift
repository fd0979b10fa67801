import Foundation
import Notes
import Planning
import Store

/// Trains trials in `labbook trial KEY` worker processes, `jobs` at once, each with single-threaded
/// BLAS. Workers write their own records; a worker that dies without one is recorded as `failed`
/// with the tail of its output. Stopping (Ctrl-C) ends the running workers, which lose only
/// their own trials.
package struct LocalExecutor {
    package var executable: URL
    package var notebookRoot: URL
    package var jobs: Int
    package var store: ResultsStore

    package init(executable: URL, notebookRoot: URL, jobs: Int, store: ResultsStore) {
        self.executable = executable
        self.notebookRoot = notebookRoot
        self.jobs = max(1, jobs)
        self.store = store
    }

    package struct Summary: Sendable {
        package var records: [TrialRecord] = []
        package init() {}
        package var interrupted = false
        package var notRun = 0
        package var failed: Int { records.filter { $0.status == .failed }.count }
    }

    private struct Running {
        var trial: PlannedTrial
        var process: Process
        var log: URL
        var started: Date
    }

    /// Runs the trials (their manifests must be written). `force` overwrites existing records.
    package func run(_ trials: [PlannedTrial], force: Bool, observer: ExecutionObserver, shouldStop: () -> Bool) -> Summary {
        var summary = Summary()
        var queue = trials[...]
        var running: [Running] = []
        var durations: [Double] = []
        var lastTick = Date.distantPast
        let logs = notebookRoot.appendingPathComponent(".labbook/logs")
        try? FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)

        while !queue.isEmpty || !running.isEmpty {
            if shouldStop() {
                summary.interrupted = true
                for job in running where job.process.isRunning { job.process.terminate() }
                for job in running { job.process.waitUntilExit() }
                summary.notRun = queue.count + running.count
                return summary
            }
            while running.count < jobs, let trial = queue.popFirst() {
                let log = logs.appendingPathComponent("\(trial.key).log")
                do {
                    let process = try launch(trial, log: log, force: force)
                    running.append(Running(trial: trial, process: process, log: log, started: Date()))
                    observer.trialStarted(trial)
                } catch {
                    let record = failedRecord(trial, message: "could not start the worker: \(error)", seconds: 0)
                    summary.records.append(record)
                    observer.trialFinished(trial, record: record, done: summary.records.count, total: trials.count)
                }
            }
            var stillRunning: [Running] = []
            for job in running {
                if job.process.isRunning { stillRunning.append(job); continue }
                let seconds = Date().timeIntervalSince(job.started)
                durations.append(seconds)
                let record = collect(job, seconds: seconds)
                summary.records.append(record)
                observer.trialFinished(job.trial, record: record, done: summary.records.count, total: trials.count)
            }
            running = stillRunning
            if Date().timeIntervalSince(lastTick) >= 0.5 {
                lastTick = Date()
                let perTrial = durations.isEmpty ? nil : durations.reduce(0, +) / Double(durations.count) / Double(jobs)
                observer.tick(running: running.map(\.trial), done: summary.records.count, total: trials.count, secondsPerTrial: perTrial)
            }
            if !running.isEmpty { usleep(20_000) }
        }
        return summary
    }

    private func launch(_ trial: PlannedTrial, log: URL, force: Bool) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["trial", trial.key, "--root", notebookRoot.path, "--worker"] + (force ? ["--force"] : [])
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_NUM_THREADS"] = "1"
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? handle.close()
        return process
    }

    /// The record the worker wrote, or a `failed` one if it died without writing.
    private func collect(_ job: Running, seconds: Double) -> TrialRecord {
        let status = job.process.terminationStatus
        let cleanExit = job.process.terminationReason == .exit && (status == 0 || status == 1)
        if cleanExit, let record = store.record(job.trial.key), record.provenanceStarted(after: job.started) {
            try? FileManager.default.removeItem(at: job.log)
            return record
        }
        // A rerun that failed: the worker kept its failure beside the earlier result.
        if cleanExit, let failure = store.failedRerun(job.trial.key), failure.provenanceStarted(after: job.started) {
            return failure
        }
        let how = job.process.terminationReason == .uncaughtSignal ? "was killed by signal \(status)" : "exited with status \(status)"
        let tail = Self.tail(of: job.log, lines: 20)
        let record = failedRecord(job.trial, message: "the worker \(how) without a result" + (tail.isEmpty ? "" : ":\n" + tail), seconds: seconds)
        return record
    }

    private func failedRecord(_ trial: PlannedTrial, message: String, seconds: Double) -> TrialRecord {
        store.recordFailure(of: trial, notebook: notebookRoot, message: message, wallSeconds: seconds, host: Host.name, started: Clock.utcNow())
    }

    static func tail(of file: URL, lines: Int) -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else { return "" }
        let text = String(decoding: data.suffix(8_192), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension TrialRecord {
    /// Whether this record was written by a run that started at or after `date` (not an older record).
    func provenanceStarted(after date: Date) -> Bool {
        let formatter = ISO8601DateFormatter()
        guard let started = formatter.date(from: provenance.started) else { return true }
        return started.timeIntervalSince(date) > -2
    }
}
