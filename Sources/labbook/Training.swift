import ArgumentParser
import Engine
import Experiments
import Foundation
import Notes

/// Set by Ctrl-C (SIGINT) or SIGTERM; the executor stops at its next look.
nonisolated(unsafe) var stopRequested: sig_atomic_t = 0

/// Plans a notebook's experiments and trains what is missing: plan → run.
struct Training {
    let notebook: Notebook
    var planner: ExperimentPlanner
    let store: ResultsStore
    let plan: ExperimentPlanner.Plan

    init(notebook: Notebook, includeDrafts: Bool) {
        self.notebook = notebook
        planner = ExperimentPlanner(locations: ExperimentPlanner.locations(for: notebook))
        store = ResultsStore(folder: notebook.root.appendingPathComponent(notebook.config.results))
        plan = planner.plan(notebook, includeDrafts: includeDrafts)
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
    }

    /// Trains the missing (and rerun) trials of the selected experiments.
    func run(only: [Selector], rerun: [Selector], jobs requested: Int?) throws -> Outcome {
        let index = StoreIndex(store: store)
        reportUnreadableRecords(index)
        let work = TrainingPlan(plan: plan, index: index, only: only, rerun: rerun)
        guard !work.items.isEmpty else { return Outcome() }
        let lock = try NotebookLock(notebook: notebook.root)
        defer { withExtendedLifetime(lock) {} }
        try work.writeManifests(notebook: notebook, locations: planner.locations, resultsFolder: store.folder, plan: plan)

        let jobs = requested ?? notebook.config.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let executor = LocalExecutor(executable: Self.executable, notebookRoot: notebook.root, jobs: jobs, store: store)
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGTERM) { _ in stopRequested = 1 }
        defer { signal(SIGINT, SIG_DFL); signal(SIGTERM, SIG_DFL) }

        let labels = Dictionary(plan.experiments.flatMap { planned in
            planned.trials.map { ($0.key, "\(planned.experiment.id) \($0.label(order: planned.sweptKeys))") }
        }, uniquingKeysWith: { a, _ in a })
        let display: ExecutionObserver = isatty(STDERR_FILENO) == 1
            ? TerminalProgress(labels: labels, jobs: jobs) : PlainProgress(labels: labels)
        FileHandle.standardOutput.write(Data("training \(work.items.count) trial\(work.items.count == 1 ? "" : "s") with \(jobs) worker\(jobs == 1 ? "" : "s")\n".utf8))
        var outcome = Outcome()
        // Reruns first overwrite, the rest never do.
        for force in [true, false] {
            let trials = work.items.filter { $0.force == force }.map(\.trial)
            guard !trials.isEmpty, !outcome.summary.interrupted else { continue }
            let summary = executor.run(trials, force: force, observer: display, shouldStop: { stopRequested != 0 })
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
