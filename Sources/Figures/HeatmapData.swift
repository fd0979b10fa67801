import Engine
import Planning
import Store

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
