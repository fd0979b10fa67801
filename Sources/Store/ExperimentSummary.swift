import Engine
import Foundation
import Planning

/// An experiment's trials counted by state, and the best value of each metric: what a page says
/// about an experiment, in its box and in `{{< value "id.best.metric" >}}` alike.
package struct ExperimentSummary: Sendable {
    package struct Best: Sendable {
        package var metric: String
        /// The mean over seeds of the best configuration.
        package var value: Double
        /// The configuration that reached it: `width=512 lr=1e-3`.
        package var configuration: String
        package var seeds: Int
    }

    package var experiment: String
    package var total = 0
    package var ok = 0
    package var diverged = 0
    package var failed = 0
    package var missing = 0
    /// How many of the stored trials this build trained.
    package var trainedNow = 0
    package var missingReasons: [String: Int] = [:]
    /// Each failed trial's label and the first line of why it failed, in plan order.
    package var failures: [(trial: String, reason: String)] = []
    /// Per metric, the best mean over seeds among the configurations (one with a diverged seed does
    /// not count): a single lucky seed is not the experiment's best.
    package var bestByMetric: [String: Best] = [:]

    /// The metrics a box shows, in order.
    package var best: [Best] { Self.shownMetrics.compactMap { bestByMetric[$0] } }

    package static let shownMetrics = ["test_loss", "test_acc", "val_loss", "val_acc", "train_loss"]

    package init(_ planned: PlannedExperiment, index: StoreIndex, trainedInThisBuild: Set<String>) {
        experiment = planned.experiment.qualifiedID
        var byConfiguration: [String: [String: [Double]]] = [:]
        var spoiled: Set<String> = []
        for trial in planned.trials {
            total += 1
            let configuration = planned.sweptKeys.map { "\($0)=\(trial.sweepValues[$0]?.description ?? "")" }.joined(separator: " ")
            switch index.state(of: trial) {
            case .done(let record):
                if record.status == .ok {
                    ok += 1
                    for (metric, value) in record.metrics where value.isFinite {
                        byConfiguration[configuration, default: [:]][metric, default: []].append(value)
                    }
                } else {
                    diverged += 1
                    spoiled.insert(configuration)
                }
                if trainedInThisBuild.contains(trial.key) { trainedNow += 1 }
            case .failed(let record):
                failed += 1
                failures.append((trial.label(order: planned.sweptKeys), record.messageFirstLine))
            case .missing(let reason):
                missing += 1
                missingReasons[reason.summary, default: 0] += 1
            }
        }
        // A command experiment's own higher-better metrics, with their best over the curve.
        let declared = planned.experiment.command?.higherBetterNames ?? []
        for (configuration, metrics) in byConfiguration.sorted(by: { $0.key < $1.key }) where !spoiled.contains(configuration) {
            for (metric, values) in metrics {
                let mean = values.reduce(0, +) / Double(values.count)
                let higher = Metric.higherIsBetter(metric) || declared.contains(metric)
                if let current = bestByMetric[metric], higher ? mean <= current.value : mean >= current.value { continue }
                bestByMetric[metric] = Best(metric: metric, value: mean, configuration: configuration.isEmpty ? "all trials" : configuration,
                                            seeds: values.count)
            }
        }
    }
}
