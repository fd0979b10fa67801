import Foundation

/// An experiment's trials counted by state, and the best value of each metric: what a page says
/// about an experiment before there are figures.
public struct ExperimentSummary: Sendable {
    public struct Best: Sendable {
        public var metric: String
        public var value: Double
        /// The trial that reached it: `width=512 lr=1e-3 seed 1`.
        public var trial: String
    }

    public var experiment: String
    public var total = 0
    public var ok = 0
    public var diverged = 0
    public var failed = 0
    public var missing = 0
    /// How many of the stored trials this build trained.
    public var trainedNow = 0
    public var missingReasons: [String: Int] = [:]
    public var best: [Best] = []

    public static let shownMetrics = ["test_loss", "test_acc", "val_loss", "val_acc", "train_loss"]

    public init(_ planned: PlannedExperiment, index: StoreIndex, trainedInThisBuild: Set<String>) {
        experiment = planned.experiment.qualifiedID
        var records: [(PlannedTrial, TrialRecord)] = []
        for trial in planned.trials {
            total += 1
            switch index.state(of: trial) {
            case .done(let record):
                if record.status == .ok { ok += 1; records.append((trial, record)) } else { diverged += 1 }
                if trainedInThisBuild.contains(trial.key) { trainedNow += 1 }
            case .failed:
                failed += 1
            case .missing(let reason):
                missing += 1
                missingReasons[reason.description, default: 0] += 1
            }
        }
        for metric in Self.shownMetrics {
            let higherIsBetter = metric.hasSuffix("_acc")
            let candidates = records.compactMap { trial, record in record.value(of: metric).flatMap { $0.isFinite ? (trial, $0) : nil } }
            guard let winner = candidates.max(by: { higherIsBetter ? $0.1 < $1.1 : $0.1 > $1.1 }) else { continue }
            best.append(Best(metric: metric, value: winner.1, trial: winner.0.label(order: planned.sweptKeys)))
        }
    }
}
