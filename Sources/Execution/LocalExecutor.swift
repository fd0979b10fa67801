import Foundation
import Notes
import Planning
import Store

/// Trains trials in `labbook trial --serve` worker processes, `jobs` at once, each with
/// single-threaded BLAS; a worker stays up and takes the next trial when it is done with one.
/// Workers write their own records; a worker that dies without one is recorded as `failed`
/// with the tail of its output, and a fresh worker takes the next trial. Stopping (Ctrl-C) ends
/// the running workers, which lose only their own trials.
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
        var worker: WorkerProcess
        var log: URL
        var started: Date
        /// A rerun: only a record written after the job started is its result.
        var force: Bool
        /// The stamps of the trial's record and failure files when the job started: a file whose
        /// stamp is new was written by this job (every write is a rename, a new inode), however
        /// soon after the last one. Clocks cannot tell: a rerun may start within a second of the
        /// training it reruns.
        var recordBefore: FileStamp?
        var failureBefore: FileStamp?
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

        var idle: [WorkerProcess] = []
        defer { for worker in idle { worker.finish() } }

        while !queue.isEmpty || !running.isEmpty {
            if shouldStop() {
                summary.interrupted = true
                for job in running { job.worker.stop() }
                summary.notRun = queue.count + running.count
                return summary
            }
            while running.count < jobs, let trial = queue.popFirst() {
                let log = logs.appendingPathComponent("\(trial.key).log")
                do {
                    let before = (FileStamp(path: store.url(for: trial.key).path), FileStamp(path: store.failureURL(for: trial.key).path))
                    let worker = try start(trial, log: log, force: force, reusing: &idle)
                    running.append(Running(trial: trial, worker: worker, log: log, started: Date(), force: force,
                                           recordBefore: before.0, failureBefore: before.1))
                    observer.trialStarted(trial)
                } catch {
                    let record = failedRecord(trial, message: "could not start the worker: \(error)", seconds: 0)
                    summary.records.append(record)
                    observer.trialFinished(trial, record: record, done: summary.records.count, total: trials.count)
                }
            }
            var stillRunning: [Running] = []
            for job in running {
                let answered = job.worker.answered(job.trial.key)
                if !answered, job.worker.isRunning { stillRunning.append(job); continue }
                let seconds = Date().timeIntervalSince(job.started)
                durations.append(seconds)
                let record = collect(job, answered: answered, seconds: seconds)
                if answered { idle.append(job.worker) }
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

    /// Sends `trial` to an idle worker that is still up, or to a new one.
    private func start(_ trial: PlannedTrial, log: URL, force: Bool, reusing idle: inout [WorkerProcess]) throws -> WorkerProcess {
        let request = WorkerRequest(key: trial.key, force: force, log: log.path)
        while let worker = idle.popLast() {
            guard worker.isRunning else { continue }
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            if (try? worker.send(request)) != nil { return worker }
            worker.stop()
        }
        let worker = try WorkerProcess(executable: executable, notebookRoot: notebookRoot, log: log)
        try worker.send(request)
        return worker
    }

    /// The record the worker wrote, or a `failed` one if it died without writing.
    private func collect(_ job: Running, answered: Bool, seconds: Double) -> TrialRecord {
        // A record is written whole or not at all: one that is there is the trial's, even if its
        // worker died just after writing it.
        if FileStamp(path: store.url(for: job.trial.key).path) != job.recordBefore, let record = store.record(job.trial.key) {
            try? FileManager.default.removeItem(at: job.log)
            return record
        }
        // Not a rerun, and another build (another root, outside this notebook's lock) stored the
        // trial first: the worker found it done, and that record is the trial's result.
        if !job.force, answered, let record = store.record(job.trial.key), record.status != .failed {
            try? FileManager.default.removeItem(at: job.log)
            return record
        }
        // A rerun that failed: the worker kept its failure beside the earlier result.
        if FileStamp(path: store.failureURL(for: job.trial.key).path) != job.failureBefore, let failure = store.failedRerun(job.trial.key) {
            return failure
        }
        let how: String
        if answered {
            how = "stored no result"
        } else {
            let status = job.worker.terminationStatus
            how = job.worker.killedBySignal ? "was killed by signal \(status) without a result" : "exited with status \(status) without a result"
        }
        let tail = Self.tail(of: job.log, lines: 20)
        return failedRecord(job.trial, message: "the worker \(how)" + (tail.isEmpty ? "" : ":\n" + tail), seconds: seconds)
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
