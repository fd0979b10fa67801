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

    /// The items in waves: a trial comes in a later wave than the upstream trial it starts from
    /// when both are to be trained, so no downstream worker starts before its upstream's record.
    package var waves: [[Item]] {
        var wave: [String: Int] = [:]
        var remaining = items
        var result: [[Item]] = []
        while !remaining.isEmpty {
            let level = result.count
            let ready = remaining.filter { item in
                guard let upstream = item.trial.inputs.upstream, remaining.contains(where: { $0.trial.key == upstream }) else { return true }
                return false
            }
            guard !ready.isEmpty else { result.append(remaining); break }
            for item in ready { wave[item.trial.key] = level }
            remaining.removeAll { wave[$0.trial.key] != nil }
            result.append(ready)
        }
        return result
    }

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
                               workerRoot: URL? = nil, upstreamResults: URL? = nil) throws {
        let git = GitState.read(at: notebook.root)
        let checkpoints = CheckpointCache(folder: CheckpointCache.folder(notebook: notebook.root))
        checkpoints.forgetMismatches()
        let upstreams = Set(plan.trials.compactMap(\.inputs.upstream))
        for item in items {
            let experiment = plan.experiment(item.trial.experiment)?.experiment
            var manifest = WorkerManifest(key: item.trial.key, inputs: item.trial.inputs, note: experiment?.notePath ?? "", experiment: item.trial.experiment,
                                          fashionMNIST: locations.fashionMNIST, datasetRoot: locations.root,
                                          resultsFolder: resultsFolder.path, gitCommit: git?.commit, gitDirty: git?.dirty,
                                          command: experiment?.command.map { CommandRun(timeout: $0.timeout, higherIsBetter: $0.higherIsBetter) })
            let needed = upstreams.contains(item.trial.key)
            if needed || item.trial.inputs.upstream != nil { manifest.checkpoints = checkpoints.folder.path }
            if needed { manifest.keepWeights = true }
            if item.trial.inputs.upstream != nil { manifest.upstreamResults = upstreamResults?.path }
            try manifest.write(notebook: workerRoot ?? notebook.root)
        }
    }
}
