import Engine
import Planning
import Store

/// Learning curves (x: step): one series per configuration (or per value of `series`), each point
/// the values of its seeds at that step.
enum CurveData {
    static func gather(_ spec: PlotSpec, experiments: [(name: String, planned: PlannedExperiment)],
                       lookup: ExperimentLookup) -> PlotData {
        var data = PlotData()
        var grouped: [String: [Double: [(UInt64, Double)]]] = [:]
        var order: [String] = []
        let metric = spec.y.hasPrefix("best_") ? String(spec.y.dropFirst(5)) : spec.y
        for (name, planned) in experiments {
            for outcome in lookup.trials(of: planned) where outcome.matches(spec.filter) {
                guard let record = data.counts.usable(outcome) else { continue }
                let label: String
                if let key = spec.series {
                    label = "\(key)=\(outcome.configValue(key)?.description ?? "?")"
                } else {
                    let swept = planned.sweptKeys.map { "\($0)=\(outcome.trial.sweepValues[$0]?.description ?? "?")" }
                    label = ([experiments.count > 1 ? name : nil].compactMap { $0 } + swept).joined(separator: " ")
                }
                if grouped[label] == nil { order.append(label) }
                for point in record.curve {
                    guard let y = point.value(of: metric), y.isFinite else { continue }
                    grouped[label, default: [:]][Double(point.step), default: []].append((outcome.trial.seed, y))
                }
                data.counts.use(outcome)
            }
        }
        for label in order {
            let byStep = grouped[label] ?? [:]
            data.series.append(PlotData.Series(name: label.isEmpty ? metric : label, points: byStep.keys.sorted().map {
                PlotData.Point(x: $0, values: byStep[$0]!.map { (seed: $0.0, y: $0.1) }, chosen: nil, atEdge: false)
            }))
        }
        return data
    }
}

/// A heatmap's cells: x key × y key, coloured by the mean over seeds of a metric; nil where every
/// trial diverged, failed or is missing.
struct HeatmapData {
    var xValues: [ConfigValue] = []
    var yValues: [ConfigValue] = []
    /// cells[row (y)][column (x)]
    var cells: [[Double?]] = []
    var counts = PlotData.Counts()

    static func gather(_ spec: PlotSpec, experiments: [(name: String, planned: PlannedExperiment)],
                       lookup: ExperimentLookup) -> HeatmapData {
        var data = HeatmapData()
        var values: [ConfigValue: [ConfigValue: [Double]]] = [:]
        var xs: Set<ConfigValue> = [], ys: Set<ConfigValue> = []
        let metric = spec.color ?? spec.y
        for (_, planned) in experiments {
            for outcome in lookup.trials(of: planned) where outcome.matches(spec.filter) {
                guard let x = outcome.configValue(spec.x), let y = outcome.configValue(spec.y) else { continue }
                xs.insert(x); ys.insert(y)
                guard let record = data.counts.usable(outcome) else { continue }
                guard let value = record.value(of: metric), value.isFinite else {
                    data.counts.nonFinite += 1
                    continue
                }
                values[x, default: [:]][y, default: []].append(value)
                data.counts.use(outcome)
            }
        }
        func ordered(_ set: Set<ConfigValue>) -> [ConfigValue] {
            set.sorted { a, b in
                if let x = a.number, let y = b.number { return x < y }
                return a.description < b.description
            }
        }
        data.xValues = ordered(xs)
        data.yValues = ordered(ys)
        data.cells = data.yValues.map { y in
            data.xValues.map { x in values[x]?[y].map { PlotData.mean($0) } }
        }
        return data
    }
}
