import Foundation
import Notes
import Planning
import Store

/// Hands trials to Slurm as job arrays of `labbook trial KEY` workers: one array task per trial,
/// reading its key from a list written beside the batch script. The notebook folder must be on a
/// filesystem the compute nodes share; workers write their records atomically into the store.
package struct SlurmExecutor {
    package var executable: URL
    package var notebookRoot: URL
    package var store: ResultsStore
    package var options: SlurmOptions
    /// Experiments' own `slurm:` settings, by `note-slug/id`, applied over `options`.
    package var experimentSettings: [String: YAMLNode] = [:]
    package var client = SlurmClient()

    package init(executable: URL, notebookRoot: URL, store: ResultsStore, options: SlurmOptions) {
        self.executable = executable
        self.notebookRoot = notebookRoot
        self.store = store
        self.options = options
    }

    var folder: URL { notebookRoot.appendingPathComponent(".labbook/slurm") }

    package struct Submission: Sendable {
        /// One array job per distinct set of settings.
        package var jobs: [String] = []
        package var job: String? { jobs.isEmpty ? nil : jobs.joined(separator: ", ") }
        package var submitted: [PlannedTrial]
        /// Trials already queued or running under Slurm: never submitted twice.
        package var alreadyQueued: [PlannedTrial]
        package var started: Date
    }

    /// Submits the trials that are not already queued or running, as one array job per set of
    /// settings; `after` is the arrays of their upstream trials (`from:`, as `1:2`), which must all
    /// succeed before any of these starts.
    package func submit(_ trials: [PlannedTrial], force: Bool, after: String? = nil) throws -> Submission {
        var journal = SlurmJournal.read(notebook: notebookRoot)
        let latest = journal.latest
        let queued = try client.queue(jobs: Set(trials.compactMap { latest[$0.key]?.job }))
        let (waiting, fresh) = trials.reduce(into: ([PlannedTrial](), [PlannedTrial]())) { parts, trial in
            if let submission = latest[trial.key], queued[submission.taskID] != nil { parts.0.append(trial) } else { parts.1.append(trial) }
        }
        let started = Date()
        guard !fresh.isEmpty else { return Submission(submitted: [], alreadyQueued: waiting, started: started) }

        // Trials whose experiments ask for other settings (a GPU, more CPUs) go in arrays of their own.
        var groups: [(options: SlurmOptions, trials: [PlannedTrial])] = []
        for trial in fresh {
            let settings = options(for: trial)
            if let index = groups.firstIndex(where: { $0.options == settings }) { groups[index].trials.append(trial) }
            else { groups.append((settings, [trial])) }
        }
        let logs = folder.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        var jobs: [String] = []
        for (number, group) in groups.enumerated() {
            // Arrays submitted in one second by one build (upstream, then downstream) get names of their own.
            var name = "labbook-\(Int(started.timeIntervalSince1970))-\(getpid())" + (number == 0 ? "" : "-\(number)")
            if let after { name += "-after-" + after.replacingOccurrences(of: ":", with: "-") }
            let keys = folder.appendingPathComponent("\(name).keys")
            try Data(group.trials.map(\.key).joined(separator: "\n").appending("\n").utf8).write(to: keys)
            let script = folder.appendingPathComponent("\(name).sh")
            try Data(batchScript(name: name, count: group.trials.count, keys: keys, logs: logs, force: force, options: group.options, after: after).utf8).write(to: script)
            let job = try client.submit(script: script, workingDirectory: notebookRoot)
            jobs.append(job)
            let stamp = Clock.utcNow()
            journal.submissions += group.trials.enumerated().map { SlurmJournal.Submission(key: $1.key, job: job, task: $0, submitted: stamp) }
            try journal.write(notebook: notebookRoot)
        }
        return Submission(jobs: jobs, submitted: groups.flatMap(\.trials), alreadyQueued: waiting, started: started)
    }

    /// The settings a trial is submitted with: its experiment's own over the notebook's.
    func options(for trial: PlannedTrial) -> SlurmOptions {
        guard let node = experimentSettings[trial.experiment] else { return options }
        var ignored: [Diagnostic] = []  // Reported when the notebook was planned.
        return SlurmOptions.read(node, over: options, diagnostics: &ignored)
    }

    func batchScript(name: String, count: Int, keys: URL, logs: URL, force: Bool, options: SlurmOptions, after: String? = nil) -> String {
        var lines = ["#!/bin/bash"] + options.directives(count: count, name: name, output: logs.path + "/%A_%a.log")
        // A failed upstream task cancels the waiting downstream tasks instead of leaving them pending forever.
        if let after { lines += ["#SBATCH --dependency=afterok:\(after)", "#SBATCH --kill-on-invalid-dep=yes"] }
        lines.append("set -u")
        if let setup = options.setup { lines.append(setup) }
        lines.append("key=$(sed -n \"$((SLURM_ARRAY_TASK_ID + 1))p\" \(shellQuote(keys.path)))")
        lines.append("export OPENBLAS_NUM_THREADS=\(options.cpusPerTask)")
        lines.append("exec \(shellQuote(executable.path)) trial \"$key\" --root \(shellQuote(notebookRoot.path))\(force ? " --force" : "")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Waits until every submitted trial has its record, or its task ended without one (recorded as
    /// `failed` with Slurm's state and the end of its output).
    package func wait(for trials: [PlannedTrial], since started: Date, observer: ExecutionObserver,
                     shouldStop: () -> Bool) -> LocalExecutor.Summary {
        var summary = LocalExecutor.Summary()
        var pending = trials
        var running: Set<String> = []
        var lastTick = Date.distantPast
        let total = trials.count
        while !pending.isEmpty {
            if shouldStop() {
                summary.interrupted = true
                summary.notRun = pending.count
                return summary
            }
            let latest = SlurmJournal.read(notebook: notebookRoot).latest
            let states = (try? client.queue(jobs: Set(pending.compactMap { latest[$0.key]?.job }))) ?? [:]
            var still: [PlannedTrial] = []
            for trial in pending {
                if let record = freshRecord(trial, since: started) {
                    summary.records.append(record)
                    observer.trialFinished(trial, record: record, done: summary.records.count, total: total)
                    continue
                }
                guard let submission = latest[trial.key] else { still.append(trial); continue }
                if let state = states[submission.taskID] {
                    if state == "RUNNING", running.insert(trial.key).inserted { observer.trialStarted(trial) }
                    still.append(trial)
                    continue
                }
                // Gone from the queue: the record may have landed just now; otherwise the task failed.
                if let record = freshRecord(trial, since: started) {
                    summary.records.append(record)
                    observer.trialFinished(trial, record: record, done: summary.records.count, total: total)
                    continue
                }
                let record = failedRecord(trial, submission: submission)
                summary.records.append(record)
                observer.trialFinished(trial, record: record, done: summary.records.count, total: total)
            }
            pending = still
            if Date().timeIntervalSince(lastTick) >= 0.5 {
                lastTick = Date()
                observer.tick(running: pending.filter { running.contains($0.key) }, done: summary.records.count, total: total, secondsPerTrial: nil)
            }
            if !pending.isEmpty { usleep(500_000) }
        }
        return summary
    }

    private func freshRecord(_ trial: PlannedTrial, since started: Date) -> TrialRecord? {
        guard let record = store.record(trial.key), record.provenanceStarted(after: started) else { return nil }
        return record
    }

    private func failedRecord(_ trial: PlannedTrial, submission: SlurmJournal.Submission) -> TrialRecord {
        let final = client.finalState(task: submission.taskID)
        let log = folder.appendingPathComponent("logs/\(submission.job)_\(submission.task).log")
        let tail = LocalExecutor.tail(of: log, lines: 20)
        var message = "Slurm task \(submission.taskID) " + (final.map { "ended \($0.state)" }
            ?? "left the queue and Slurm keeps no record of it (cancelled while pending, or forgotten after MinJobAge)")
        if let exit = final?.exitCode, !exit.isEmpty { message += " (exit code \(exit))" }
        message += " without a result" + (tail.isEmpty ? "" : ":\n" + tail)
        return store.recordFailure(of: trial, notebook: notebookRoot, message: message, wallSeconds: 0, host: "slurm",
                                   started: submission.submitted)
    }

    /// Records tasks that left the queue without a record (cancelled, failed, out of time or memory,
    /// seen by `status` or the next run after a `--detach`) as `failed`, with Slurm's state.
    package func reconcile(_ trials: [PlannedTrial]) {
        var journal = SlurmJournal.read(notebook: notebookRoot)
        let latest = journal.latest
        let open = latest.values.filter { $0.settled != true }
        guard !open.isEmpty, let states = try? client.queue(jobs: Set(open.map(\.job))) else { return }
        let byKey = Dictionary(trials.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var changed = false
        for index in journal.submissions.indices {
            let submission = journal.submissions[index]
            guard submission.settled != true, latest[submission.key]?.taskID == submission.taskID,
                  states[submission.taskID] == nil, let trial = byKey[submission.key] else { continue }
            let since = ISO8601DateFormatter().date(from: submission.submitted) ?? .distantPast
            if freshRecord(trial, since: since) == nil { _ = failedRecord(trial, submission: submission) }
            journal.submissions[index].settled = true
            changed = true
        }
        if changed { try? journal.write(notebook: notebookRoot) }
    }

    /// Queued or running trials of this notebook: key → (Slurm task id, state).
    package func activeTasks() -> [String: (task: String, state: String)] {
        let latest = SlurmJournal.read(notebook: notebookRoot).latest
        guard let states = try? client.queue(jobs: Set(latest.values.map(\.job))) else { return [:] }
        var result: [String: (task: String, state: String)] = [:]
        for (key, submission) in latest {
            if let state = states[submission.taskID] { result[key] = (submission.taskID, state) }
        }
        return result
    }

    /// Cancels this notebook's queued and running tasks; their ids.
    package func cancelAll() throws -> [String] {
        let tasks = activeTasks().values.map(\.task).sorted()
        try client.cancel(tasks)
        return tasks
    }

    private func shellQuote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
