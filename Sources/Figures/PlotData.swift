import Analysis
import Engine
import Notes
import Planning
import Store

/// The numbers a plot draws, gathered from the store: series of points, each point the values of
/// its seeds. What was left out (diverged, failed, missing) is counted, never hidden.
struct PlotData {
    struct Point {
        var x: Double
        var values: [(seed: UInt64, y: Double)]
        /// Under `best_over`: the value of that key that did best here.
        var chosen: String?
        /// The best value was the smallest or largest tried: the true optimum may lie outside the sweep.
        var atEdge: Bool
        /// With x measured per trial (flops, params): the other swept values that place the point
        /// along x, e.g. `steps=300`; empty otherwise.
        var setting = ""
    }

    struct Series {
        var name: String
        var points: [Point]
        /// Every seed's value before the envelope was taken (diverged runs as NaN).
        var rows: [Row] = []
    }

    struct Row {
        var x: Double
        var over: ConfigValue
        var y: Double
        var seed: UInt64
        /// See `Point.setting`: the swept values, as `key=value`, that x does not name.
        var setting: [String] = []
        /// Which of the plot's experiments the trial belongs to.
        var experiment = 0
        /// The trial's parameter count (N of a two-variable law); NaN when unknown.
        var params = Double.nan
    }

    struct Counts {
        var used = 0
        var seeds: Set<UInt64> = []
        var diverged = 0
        var failed = 0
        var missing = 0
        var trainedNow = 0
        var nonFinite = 0
    }

    var series: [Series] = []
    var counts = Counts()

    /// Gathers a scatter/line plot's data; a message if the plot cannot be drawn from these experiments.
    static func gather(_ spec: PlotSpec, experiments: [(name: String, planned: PlannedExperiment)],
                       lookup: ExperimentLookup) -> Result<PlotData, PlotProblem> {
        var data = PlotData()
        // Per series, every seed's value at each x, keyed by the `best_over` value (diverged runs as NaN,
        // so a configuration that diverged for any seed is never chosen as the best, nor put on a frontier).
        var observations: [String: [Row]] = [:]
        var seriesOrder: [String] = []
        let measured = PlotSpec.isMeasured(spec.x)
        for (number, (name, planned)) in experiments.enumerated() {
            // A swept key the plot neither draws, splits, optimises over nor fixes would be averaged
            // silently; unless x is measured per trial, where it moves the point along x (checked below).
            let handled = Set([spec.x, spec.series, spec.bestOver].compactMap { $0 } + spec.filter.keys)
            let unhandled = planned.sweptKeys.filter { !handled.contains($0) }
            if let first = unhandled.first, !measured {
                return .failure(PlotProblem(key: "x", message: "experiment '\(name)' also sweeps '\(first)': name it in 'series', 'best_over' or 'where'"))
            }
            for outcome in lookup.trials(of: planned) where outcome.matches(spec.filter) {
                let seriesName = spec.series.flatMap { outcome.configValue($0)?.description }.map { "\(spec.series!)=\($0)" }
                    ?? (experiments.count > 1 ? name : spec.y)
                let over = spec.bestOver.flatMap { outcome.configValue($0) } ?? .string("")
                let setting = unhandled.map { "\($0)=\(outcome.trial.sweepValues[$0]?.description ?? "?")" }
                func row(_ x: Double, _ y: Double) -> Row {
                    Row(x: x, over: over, y: y, seed: outcome.trial.seed, setting: setting, experiment: number)
                }
                if observations[seriesName] == nil { seriesOrder.append(seriesName); observations[seriesName] = [] }
                // Along a measured x a diverged seed takes its configuration's place (see `placeAlongMeasuredX`).
                if case .done(let record) = outcome.state, record.status == .diverged,
                   let x = outcome.number(spec.x) ?? (measured ? .nan : nil) {
                    observations[seriesName, default: []].append(row(x, .nan))
                }
                guard let record = data.counts.usable(outcome), let x = outcome.number(spec.x) else { continue }
                guard let y = record.value(of: spec.y), y.isFinite else { data.counts.nonFinite += 1; continue }
                var drawn = row(x, y)
                drawn.params = record.value(of: "params") ?? .nan
                observations[seriesName, default: []].append(drawn)
                data.counts.use(outcome)
            }
        }
        if measured {
            for name in seriesOrder {
                switch placeAlongMeasuredX(observations[name]!, series: name, x: spec.x, experiments: experiments.map(\.name)) {
                case .success(let rows): observations[name] = rows
                case .failure(let problem): return .failure(problem)
                }
            }
        }
        let better: Better = spec.vocabulary.higherIsBetter(spec.y) ? .higher : .lower
        for name in seriesOrder where observations[name]!.contains(where: { $0.y.isFinite }) {
            let rows = observations[name]!
            var points: [Point]
            if spec.bestOver != nil {
                // The envelope: at each x the best value of the key, judged by its mean over seeds.
                let numeric = rows.allSatisfy { $0.over.number != nil }
                points = numeric
                    ? envelope(rows.map { KeyedObservation(x: $0.x, key: $0.over.number!, y: $0.y, seed: Int($0.seed)) }, better) { ConfigValue.double($0).description }
                    : envelope(rows.map { KeyedObservation(x: $0.x, key: $0.over.description, y: $0.y, seed: Int($0.seed)) }, better) { $0 }
                for index in points.indices {
                    points[index].setting = rows.first { $0.x == points[index].x }?.setting.joined(separator: " ") ?? ""
                }
            } else {
                let byX = Dictionary(grouping: rows.filter { $0.y.isFinite }, by: \.x)
                points = byX.keys.sorted().map { x in
                    Point(x: x, values: byX[x]!.map { (seed: $0.seed, y: $0.y) }.sorted { $0.seed < $1.seed }, chosen: nil, atEdge: false,
                          setting: byX[x]![0].setting.joined(separator: " "))
                }
            }
            data.series.append(Series(name: name, points: points, rows: rows))
        }
        return .success(data)
    }

    private static func envelope<Key>(_ rows: [KeyedObservation<Key>], _ better: Better, label: (Key) -> String) -> [Point] {
        Envelope.best(rows, better: better).map { point in
            Point(x: point.x, values: point.observations.map { (seed: UInt64($0.seed), y: $0.y) }.sorted { $0.seed < $1.seed },
                  chosen: label(point.key), atEdge: point.atEdge)
        }
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }
}

extension PlotData.Counts {
    /// Counts a trial that cannot be drawn; the record of one that can (trained, not diverged).
    mutating func usable(_ outcome: TrialOutcome) -> TrialRecord? {
        switch outcome.state {
        case .missing: missing += 1
        case .failed: failed += 1
        case .done(let record) where record.status == .diverged: diverged += 1
        case .done(let record): return record
        }
        return nil
    }

    mutating func use(_ outcome: TrialOutcome) {
        used += 1
        seeds.insert(outcome.trial.seed)
        if outcome.trainedNow { trainedNow += 1 }
    }
}
