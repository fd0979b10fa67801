import Numerics
import Planning
import Site
import Store

/// An experiment's place in its page: a summary of its trials, with its best results.
enum ExperimentBoxes {
    static func box(_ summary: ExperimentSummary, _ planned: PlannedExperiment) -> ExperimentBox {
        ExperimentBox(
            id: planned.experiment.id, total: summary.total, ok: summary.ok, diverged: summary.diverged,
            failed: summary.failed, missing: summary.missing, trainedNow: summary.trainedNow,
            missingReasons: summary.missingReasons.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            best: summary.best.map { ($0.metric, NumberFormat.quoted.string($0.value), "\($0.configuration) (mean of \($0.seeds) seed\($0.seeds == 1 ? "" : "s"))") },
            failures: summary.failures)
    }
}
