import Engine
import Execution
import Foundation
import Notes
import Planning
import Store

/// The plan stage's result: a notebook's experiments as trials with keys, the store they are
/// looked up in, and the executors' settings from labbook.yml.
package struct PlannedNotebook: Sendable {
    package let notebook: Notebook
    package let plan: ExperimentPlanner.Plan
    package let store: ResultsStore
    /// Where each trial stands in the store, as read when planning.
    package let index: StoreIndex
    package let locations: DatasetLocations
    /// labbook.yml's `slurm:`.
    package let slurm: SlurmOptions
    /// Problems with the experiments and with labbook.yml's executor settings.
    package let diagnostics: [Diagnostic]
    /// Whether the experiments of drafts are in the plan.
    package let includesDrafts: Bool

    /// `records`: records read before, so that only changed files are read again.
    package init(_ notebook: Notebook, includeDrafts: Bool, records: RecordCache? = nil) {
        self.init(notebook, includeDrafts: includeDrafts, records: records, plans: nil)
    }

    /// `plans`: the last plan, taken again when no experiment changed.
    /// `index`: the store's index, when the caller keeps one.
    init(_ notebook: Notebook, includeDrafts: Bool, records: RecordCache?, plans: PlanMemo?,
         index makeIndex: (ResultsStore) -> StoreIndex = StoreIndex.init(store:)) {
        self.notebook = notebook
        includesDrafts = includeDrafts
        var planner = ExperimentPlanner(locations: ExperimentPlanner.locations(for: notebook))
        locations = planner.locations
        store = ResultsStore(folder: notebook.root.appendingPathComponent(notebook.config.results), cache: records)
        var settings: [Diagnostic] = []
        slurm = SlurmOptions.read(notebook.config.fields?["slurm"], diagnostics: &settings)
        if let plans {
            plan = plans.plan(notebook, includeDrafts: includeDrafts) { planner.plan(notebook, includeDrafts: includeDrafts) }
        } else {
            plan = planner.plan(notebook, includeDrafts: includeDrafts)
        }
        index = makeIndex(store)
        // A damaged record is named, and its trial trained again: never a crash, never silently.
        let damaged = index.damaged.map { record in
            Diagnostic(SourceLocation(path: "\(notebook.config.results)/\(record.path)", line: 1, column: 1),
                       "\(record.reason); the trial counts as missing and will be trained again", severity: .warning)
        }
        // An experiment's own Slurm settings are checked as labbook.yml's are.
        for planned in plan.experiments {
            if let node = planned.experiment.command?.slurm { _ = SlurmOptions.read(node, diagnostics: &settings) }
        }
        diagnostics = plan.diagnostics + settings + damaged
    }

    /// The experiments the command line names; one that names nothing is a usage error.
    package func selectors(_ texts: [String]) throws(BuildFailure) -> [Selector] {
        let selectors = texts.map(Selector.init)
        if let unknown = Selector.unmatched(selectors, in: plan).first {
            throw .usage("'\(unknown)' names no experiment (give a note, an experiment id or note-slug/id)")
        }
        return selectors
    }

    /// The Slurm executor with these settings.
    package func slurmExecutor(_ options: SlurmOptions? = nil) -> SlurmExecutor {
        var executor = SlurmExecutor(executable: Worker.executable, notebookRoot: notebook.root, store: store.reading, options: options ?? slurm)
        for planned in plan.experiments {
            if let node = planned.experiment.command?.slurm { executor.experimentSettings[planned.experiment.qualifiedID] = node }
        }
        return executor
    }

    /// Trials this notebook has queued or running under Slurm (none when it never used Slurm).
    /// First records tasks that ended without a record as failed.
    package func slurmTasks() -> [String: (task: String, state: String)] {
        guard FileManager.default.fileExists(atPath: SlurmJournal.url(notebook: notebook.root).path) else { return [:] }
        let executor = slurmExecutor()
        executor.reconcile(plan.trials)
        return executor.activeTasks()
    }

    /// Records in the store that no experiment of the notebook, drafts included, asks for any more
    /// (after a configuration changed, or an experiment was removed).
    package func unusedRecords() -> [TrialRecord] {
        // Planned again (dataset hashes and all) only when drafts were left out and there are some.
        let everything = includesDrafts || !notebook.notes.contains(where: \.isDraft) ? self : PlannedNotebook(notebook, includeDrafts: true)
        let used = Set(everything.plan.trials.map(\.key))
        return index.records.filter { !used.contains($0.key) }
    }

    /// Whether any experiment failed to parse or plan: its trials are unknown, so its records
    /// cannot be told apart from unused ones.
    package var hasPlanErrors: Bool { plan.diagnostics.contains { $0.severity == .error } }
}
