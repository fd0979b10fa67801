import Execution
import Foundation
import Notes
import Planning
import Store

/// The run stage: trains the missing (and rerun) trials of the selected experiments, on local
/// workers or Slurm, under the notebook's lock.
struct Trainer {
    let planned: PlannedNotebook
    let options: BuildOptions
    let log: BuildLog

    func run() throws(BuildFailure) -> TrainingOutcome {
        let only = try planned.selectors(options.only)
        let rerun = options.rerun.map(Selector.init)
        // A trial already queued or running under Slurm is never started a second time.
        let active = planned.slurmTasks()
        var work = TrainingPlan(plan: planned.plan, index: planned.index, only: only, rerun: rerun)
        if !active.isEmpty {
            let before = work.items.count
            work.items.removeAll { active[$0.trial.key] != nil }
            if work.items.count < before {
                log.say("\(before - work.items.count) trial(s) already queued or running under Slurm; not started again")
            }
        }
        guard !work.items.isEmpty else { return TrainingOutcome() }
        let notebook = planned.notebook
        let lock: NotebookLock
        do {
            lock = try NotebookLock(notebook: notebook.root)
            try work.writeManifests(notebook: notebook, locations: planned.locations, resultsFolder: planned.store.folder, plan: planned.plan)
        } catch { throw .failed("\(error)") }
        defer { withExtendedLifetime(lock) {} }

        let jobs = options.jobs ?? notebook.config.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let display = ProgressDisplay.make(labels: labels(), jobs: jobs, notebook: notebook.root)
        let how = options.executor == .slurm ? "on Slurm" : "with \(jobs) worker\(jobs == 1 ? "" : "s")"
        log.say("training \(work.items.count) trial\(work.items.count == 1 ? "" : "s") \(how)")
        var outcome = TrainingOutcome()
        outcome.started = true
        try StopRequest.catching { (shouldStop) throws(BuildFailure) in
            // Upstream trials (`from:`) in an earlier wave than those that start from them; within a
            // wave, reruns first overwrite, the rest never do.
            var slurm = SlurmWaves()
            for wave in work.waves {
                for force in [true, false] {
                    let trials = wave.filter { $0.force == force }.map(\.trial)
                    guard !trials.isEmpty, !outcome.summary.interrupted else { continue }
                    let summary: LocalExecutor.Summary
                    switch options.executor {
                    case .local:
                        let executor = LocalExecutor(executable: Worker.executable, notebookRoot: notebook.root, jobs: jobs, store: planned.store.reading)
                        summary = executor.run(trials, force: force, observer: display, shouldStop: shouldStop)
                    case .slurm:
                        try submitOnSlurm(trials, force: force, waves: &slurm)
                        continue
                    }
                    outcome.summary.records += summary.records
                    outcome.summary.interrupted = outcome.summary.interrupted || summary.interrupted
                    outcome.summary.notRun += summary.notRun
                }
                slurm.previous = slurm.current ?? slurm.previous
                slurm.current = nil
            }
            if options.executor == .slurm, !slurm.trials.isEmpty {
                if options.detach {
                    outcome.detached += slurm.trials.count
                } else {
                    let summary = planned.slurmExecutor(options.slurm(planned.slurm))
                        .wait(for: slurm.trials, since: slurm.started, observer: display, shouldStop: shouldStop)
                    outcome.summary.records += summary.records
                    outcome.summary.interrupted = summary.interrupted
                    outcome.summary.notRun += summary.notRun
                }
            }
        }
        (display as? TerminalProgress)?.finish()
        outcome.trainedKeys = Set(outcome.summary.records.map { $0.key })
        return outcome
    }

    /// The arrays of one build: each wave's array starts after the previous wave's succeeds.
    private struct SlurmWaves {
        var previous: String?
        var current: String?
        var trials: [PlannedTrial] = []
        var started = Date()
    }

    /// Submits one Slurm array, after the previous wave's array when there is one.
    private func submitOnSlurm(_ trials: [PlannedTrial], force: Bool, waves: inout SlurmWaves) throws(BuildFailure) {
        let executor = planned.slurmExecutor(options.slurm(planned.slurm))
        let submission: SlurmExecutor.Submission
        do { submission = try executor.submit(trials, force: force, after: waves.previous) } catch { throw .failed("\(error)") }
        if let job = submission.job {
            log.say("submitted \(submission.submitted.count) trial(s) as Slurm array job\(submission.jobs.count > 1 ? "s" : "") \(job)"
                    + (waves.previous.map { ", after job \($0.replacingOccurrences(of: ":", with: ", "))" } ?? ""))
            let ids = submission.jobs.joined(separator: ":")  // Slurm's dependency list: afterok:1:2
            waves.current = waves.current.map { "\($0):\(ids)" } ?? ids
        }
        if waves.trials.isEmpty { waves.started = submission.started }
        waves.trials += submission.submitted + submission.alreadyQueued
    }

    /// `width-sp width=64 lr=1e-3 seed 2`, by trial key, for progress lines.
    private func labels() -> [String: String] {
        Dictionary(planned.plan.experiments.flatMap { experiment in
            experiment.trials.map { ($0.key, "\(experiment.experiment.id) \($0.label(order: experiment.sweptKeys))") }
        }, uniquingKeysWith: { a, _ in a })
    }
}
