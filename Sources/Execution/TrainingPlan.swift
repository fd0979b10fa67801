import Engine
import Foundation
import Notes
import Planning
import Store

/// Which planned trials a build or run trains: the missing and failed ones of the selected
/// experiments, and those `--rerun` names (retrained and overwritten). Writes the workers' manifests.
package struct TrainingPlan: Sendable {
    package struct Item: Sendable {
        package var trial: PlannedTrial
        /// Overwrite an existing record (`--rerun`).
        package var force: Bool

        package init(trial: PlannedTrial, force: Bool) {
            self.trial = trial
            self.force = force
        }
    }

    package var items: [Item]

    package init(items: [Item]) { self.items = items }

    package init(plan: ExperimentPlanner.Plan, index: StoreIndex, only: [Selector] = [], rerun: [Selector] = []) {
        var items: [Item] = []
        var seen: Set<String> = []
        for planned in plan.experiments where only.isEmpty || only.contains(where: { $0.matches(planned.experiment) }) {
            let rerunAll = rerun.contains { !$0.isFailed && $0.matches(planned.experiment) }
            for trial in planned.trials where seen.insert(trial.key).inserted {
                switch index.state(of: trial) {
                case .missing: items.append(Item(trial: trial, force: false))
                // A failed trial holds no result, only why it failed: the next run tries it again.
                case .failed: items.append(Item(trial: trial, force: true))
                case .done: if rerunAll { items.append(Item(trial: trial, force: true)) }
                }
            }
        }
        self.items = items
    }

    /// Writes one manifest per trial under `workerRoot` (the notebook's own folder, unless the
    /// workers are to run elsewhere, as `labbook verify`'s do).
    package func writeManifests(notebook: Notebook, locations: DatasetLocations, resultsFolder: URL, plan: ExperimentPlanner.Plan,
                               workerRoot: URL? = nil) throws {
        let git = GitState.read(at: notebook.root)
        for item in items {
            let experiment = plan.experiment(item.trial.experiment)?.experiment
            let manifest = WorkerManifest(key: item.trial.key, inputs: item.trial.inputs, note: experiment?.notePath ?? "", experiment: item.trial.experiment,
                                          fashionMNIST: locations.fashionMNIST, datasetRoot: locations.root,
                                          resultsFolder: resultsFolder.path, gitCommit: git?.commit, gitDirty: git?.dirty,
                                          command: experiment?.command.map { CommandRun(timeout: $0.timeout, higherIsBetter: $0.higherIsBetter) })
            try manifest.write(notebook: workerRoot ?? notebook.root)
        }
    }
}
