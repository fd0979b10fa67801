import Crypto
import Execution
import Foundation
import Numerics
import Planning
import Store

/// `labbook verify`: retrains a sample of committed trials in a scratch folder, with the same
/// workers a build uses, and compares each new record with the committed one bit for bit. It
/// never writes into `results/`.
package struct Verification {
    package let planned: PlannedNotebook
    package let log: BuildLog

    package init(_ planned: PlannedNotebook, log: BuildLog = .standard) {
        self.planned = planned
        self.log = log
    }

    package struct Outcome: Sendable {
        package var label: String
        package var key: String
        /// The first field that differs; nil when the retrained trial is identical.
        package var difference: String?
    }

    /// Up to `count` committed trials (`ok` or `diverged`) of the selected experiments, a sample
    /// that depends only on `seed` and the trials' keys.
    package func sample(only: [Selector], count: Int, seed: UInt64) -> [(trial: PlannedTrial, record: TrialRecord, label: String)] {
        let index = planned.index
        var candidates: [String: (PlannedTrial, TrialRecord, String)] = [:]
        for experiment in planned.plan.experiments where only.isEmpty || only.contains(where: { $0.matches(experiment.experiment) }) {
            for trial in experiment.trials {
                guard case .done(let record) = index.state(of: trial) else { continue }
                candidates[trial.key] = (trial, record, "\(experiment.experiment.qualifiedID) \(trial.label(order: experiment.sweptKeys))")
            }
        }
        func rank(_ key: String) -> String { HexDigits.string(SHA256.hash(data: Data("\(seed):\(key)".utf8))) }
        return candidates.keys.sorted { rank($0) < rank($1) }.prefix(count).map { candidates[$0]! }
    }

    /// Retrains the sample in `scratch` (created, and removed afterwards) and compares.
    package func run(only: [Selector], count: Int, seed: UInt64, jobs: Int) throws(BuildFailure) -> [Outcome] {
        let chosen = sample(only: only, count: count, seed: seed)
        guard !chosen.isEmpty else { return [] }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-verify-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let store = ResultsStore(folder: scratch.appendingPathComponent("results"))
        let work = TrainingPlan(items: chosen.map { TrainingPlan.Item(trial: $0.trial, force: true) })
        do {
            try work.writeManifests(notebook: planned.notebook, locations: planned.locations, resultsFolder: store.folder,
                                    plan: planned.plan, workerRoot: scratch, upstreamResults: planned.store.folder)
        } catch { throw .failed("cannot prepare the scratch folder \(scratch.path): \(error)") }
        log.say("retraining \(chosen.count) committed trial\(chosen.count == 1 ? "" : "s") in \(scratch.path)")
        let labels = Dictionary(uniqueKeysWithValues: chosen.map { ($0.trial.key, $0.label) })
        let executor = LocalExecutor(executable: Worker.executable, notebookRoot: scratch, jobs: jobs, store: store)
        let summary = try StopRequest.catching { shouldStop in
            executor.run(chosen.map(\.trial), force: true, observer: ProgressDisplay.make(labels: labels, jobs: jobs), shouldStop: shouldStop)
        }
        let retrained = Dictionary(summary.records.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return chosen.map { item in
            let difference: String?
            if let now = retrained[item.trial.key] {
                difference = RecordComparison.firstDifference(recorded: item.record, now: now)
            } else {
                difference = "not retrained (stopped)"
            }
            return Outcome(label: item.label, key: item.trial.key, difference: difference)
        }
    }
}
