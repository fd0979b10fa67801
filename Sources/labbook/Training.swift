import ArgumentParser
import Engine
import Execution
import Foundation
import Notes
import Planning
import Store

/// Set by Ctrl-C (SIGINT) or SIGTERM; the executor stops at its next look.
nonisolated(unsafe) var stopRequested: sig_atomic_t = 0

/// Plans a notebook's experiments and trains what is missing: plan → run.
struct Training {
    let notebook: Notebook
    var planner: ExperimentPlanner
    let store: ResultsStore
    let plan: ExperimentPlanner.Plan

    let slurm: SlurmOptions
    /// Problems with the notebook's settings for the executors (labbook.yml's `slurm:`).
    let settingsDiagnostics: [Diagnostic]

    init(notebook: Notebook, includeDrafts: Bool) {
        self.notebook = notebook
        planner = ExperimentPlanner(locations: ExperimentPlanner.locations(for: notebook))
        store = ResultsStore(folder: notebook.root.appendingPathComponent(notebook.config.results))
        var diagnostics: [Diagnostic] = []
        slurm = SlurmOptions.read(notebook.config.fields?["slurm"], diagnostics: &diagnostics)
        settingsDiagnostics = diagnostics
        var plan = planner.plan(notebook, includeDrafts: includeDrafts)
        plan.diagnostics += diagnostics
        self.plan = plan
    }

    /// Trials this notebook has queued or running under Slurm (none when it never used Slurm).
    /// First records tasks that ended without a record as failed.
    func slurmTasks() -> [String: (task: String, state: String)] {
        guard FileManager.default.fileExists(atPath: SlurmJournal.url(notebook: notebook.root).path) else { return [:] }
        let executor = SlurmExecutor(executable: Self.executable, notebookRoot: notebook.root, store: store, options: slurm)
        executor.reconcile(plan.trials)
        return executor.activeTasks()
    }

    /// The experiments the command line names; one that names nothing is a usage error.
    func selectors(_ texts: [String]) throws -> [Selector] {
        let selectors = texts.map(Selector.init)
        if let unknown = Selector.unmatched(selectors, in: plan).first {
            throw ValidationError("'\(unknown)' names no experiment (give a note, an experiment id or note-slug/id)")
        }
        return selectors
    }

    struct Outcome {
        var summary = LocalExecutor.Summary()
        var trainedKeys: Set<String> = []
        /// Trials handed to Slurm with --detach, not waited for.
        var detached = 0
    }

    /// Trains the missing (and rerun) trials of the selected experiments.
    func run(only: [Selector], options: TrainingOptions) throws -> Outcome {
        // A trial already queued or running under Slurm is never started a second time.
        let active = slurmTasks()
        let index = StoreIndex(store: store)
        reportUnreadableRecords(index)
        var work = TrainingPlan(plan: plan, index: index, only: only, rerun: options.rerunSelectors)
        if !active.isEmpty {
            let before = work.items.count
            work.items.removeAll { active[$0.trial.key] != nil }
            if work.items.count < before {
                FileHandle.standardOutput.write(Data("\(before - work.items.count) trial(s) already queued or running under Slurm; not started again\n".utf8))
            }
        }
        guard !work.items.isEmpty else { return Outcome() }
        let lock = try NotebookLock(notebook: notebook.root)
        defer { withExtendedLifetime(lock) {} }
        try work.writeManifests(notebook: notebook, locations: planner.locations, resultsFolder: store.folder, plan: plan)

        let jobs = options.jobs ?? notebook.config.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let executor = LocalExecutor(executable: Self.executable, notebookRoot: notebook.root, jobs: jobs, store: store)
        let slurmExecutor = SlurmExecutor(executable: Self.executable, notebookRoot: notebook.root, store: store,
                                          options: options.slurmOptions(slurm))
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGTERM) { _ in stopRequested = 1 }
        defer { signal(SIGINT, SIG_DFL); signal(SIGTERM, SIG_DFL) }

        let labels = Dictionary(plan.experiments.flatMap { planned in
            planned.trials.map { ($0.key, "\(planned.experiment.id) \($0.label(order: planned.sweptKeys))") }
        }, uniquingKeysWith: { a, _ in a })
        let display: ExecutionObserver = isatty(STDERR_FILENO) == 1
            ? TerminalProgress(labels: labels, jobs: jobs) : PlainProgress(labels: labels)
        let how = options.executor == .slurm ? "on Slurm" : "with \(jobs) worker\(jobs == 1 ? "" : "s")"
        FileHandle.standardOutput.write(Data("training \(work.items.count) trial\(work.items.count == 1 ? "" : "s") \(how)\n".utf8))
        var outcome = Outcome()
        // Reruns first overwrite, the rest never do.
        for force in [true, false] {
            let trials = work.items.filter { $0.force == force }.map(\.trial)
            guard !trials.isEmpty, !outcome.summary.interrupted else { continue }
            let summary: LocalExecutor.Summary
            switch options.executor {
            case .local:
                summary = executor.run(trials, force: force, observer: display, shouldStop: { stopRequested != 0 })
            case .slurm:
                let submission = try slurmExecutor.submit(trials, force: force)
                if let job = submission.job {
                    FileHandle.standardOutput.write(Data("submitted \(submission.submitted.count) trial(s) as Slurm array job \(job)\n".utf8))
                }
                if options.detach {
                    outcome.detached += submission.submitted.count + submission.alreadyQueued.count
                    continue
                }
                summary = slurmExecutor.wait(for: submission.submitted + submission.alreadyQueued, since: submission.started,
                                             observer: display, shouldStop: { stopRequested != 0 })
            }
            outcome.summary.records += summary.records
            outcome.summary.interrupted = outcome.summary.interrupted || summary.interrupted
            outcome.summary.notRun += summary.notRun
        }
        (display as? TerminalProgress)?.finish()
        outcome.trainedKeys = Set(outcome.summary.records.map { $0.key })
        return outcome
    }

    /// A damaged record is named, and treated as missing: never a crash, never silently.
    func reportUnreadableRecords(_ index: StoreIndex) {
        for trial in plan.trials {
            if case .missing(.unreadable(let path, let reason)) = index.state(of: trial) {
                Report.error("\(path): warning: \(reason); the trial counts as missing and will be trained again")
            }
        }
    }

    /// This program, for starting workers.
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }
}
