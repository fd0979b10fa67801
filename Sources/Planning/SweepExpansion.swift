import Numerics

/// Expands an experiment's sweep into points: one value for every swept key.
package enum SweepExpansion {
    /// A point of the sweep: the swept keys' values, in the order the directive wrote the keys.
    package typealias Point = [(key: String, value: ConfigValue)]

    package static func points(_ experiment: Experiment) -> [Point] {
        switch experiment.sweep {
        case .grid:
            var points: [Point] = [[]]
            for axis in experiment.axes {
                points = points.flatMap { point in axis.values.map { point + [(axis.key, $0)] } }
            }
            return points
        case .zip:
            let count = experiment.axes.map(\.values.count).min() ?? 1
            return (0..<count).map { i in experiment.axes.map { ($0.key, $0.values[i]) } }
        case .random:
            // Lists are uniform choices; sample i depends only on (sweep seed, i).
            return (0..<experiment.samples).map { i in
                var stream = SplitMix64(sweepSeed: experiment.sweepSeed, sample: i)
                var point: Point = experiment.randomKeys.map { ($0.key, $0.distribution.sample(stream.unit())) }
                for axis in experiment.axes {
                    point.append((axis.key, Distribution.choice(axis.values).sample(stream.unit())))
                }
                return point
            }
        }
    }
}
