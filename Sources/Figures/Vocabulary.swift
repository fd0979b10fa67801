import Engine
import Notes
import Planning

/// The names a plot or table may use for the experiments it draws: the engine's configuration
/// keys and metrics, or, for an experiment that runs its own command, the keys it gives its
/// script and whatever metrics the script writes (labbook cannot know them before it runs).
package struct Vocabulary: Sendable {
    package var configKeys: [String]
    var anyMetric: Bool
    /// Metrics the experiments declare better higher (`higher_is_better: [top1]`), with their `best_`.
    var declaredHigher: Set<String>

    package static let engine = Vocabulary(configKeys: TrialConfig.keys, anyMetric: false, declaredHigher: [])

    init(configKeys: [String], anyMetric: Bool, declaredHigher: Set<String>) {
        self.configKeys = configKeys; self.anyMetric = anyMetric; self.declaredHigher = declaredHigher
    }

    /// The names of the experiments drawn together; those that name nothing are reported elsewhere.
    init(_ experiments: [PlannedExperiment]) {
        guard experiments.contains(where: { $0.experiment.command != nil }) else {
            self = .engine
            return
        }
        var keys: [String] = [], higher: Set<String> = []
        for planned in experiments {
            let experiment = planned.experiment
            guard let command = experiment.command else {
                keys += TrialConfig.keys
                continue
            }
            keys += experiment.fixed.keys.sorted() + experiment.axes.map(\.key) + experiment.randomKeys.map(\.key)
            higher.formUnion(command.higherBetterNames)
        }
        var seen: Set<String> = []
        self.init(configKeys: keys.filter { seen.insert($0).inserted }, anyMetric: true, declaredHigher: higher)
    }

    package func isMetric(_ name: String) -> Bool { anyMetric || Metric.isKnown(name) }

    /// Whether larger values of a metric are better: accuracies, and those the experiments declare
    /// (with their `best_` over the curve).
    package func higherIsBetter(_ metric: String) -> Bool {
        Metric.higherIsBetter(metric) || declaredHigher.contains(metric)
    }
}

extension ExperimentLookup {
    /// The vocabulary of the experiments a directive names, from the note it is in.
    func vocabulary(_ names: [String], from note: Note) -> Vocabulary {
        Vocabulary(names.compactMap { experiment(named: $0, from: note) })
    }
}
