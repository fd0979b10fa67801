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
