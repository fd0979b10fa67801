import Analysis
import Engine
import Foundation
import Notes
import Numerics
import Planning
import Site
import Store

enum PlotFigure {
    static let bootstrap = BootstrapOptions(resamples: 200, level: 0.95, seed: 0)

    /// Draws a scatter/line plot, with its fit when asked for.
    static func scatter(_ spec: PlotSpec, data: PlotData) -> Result<FigureOutput, PlotProblem> {
        if spec.fit.isFrontier { return frontier(spec, data: data) }
        if spec.fit == .chinchilla { return chinchilla(spec, data: data) }
        return scatterDrawing(spec, data: data).map {
            FigureOutput(svg: SVGChart.render($0.chart), notes: $0.notes.joined(separator: " "), csv: $0.csv, values: $0.values)
        }
    }

    /// A scatter plot before it is rendered, so that a figure can add to it (the frontier does).
    struct ScatterDrawing {
        var chart: Chart
        var notes: [String]
        var csv: String
        var values: [String: String]
    }

    /// The points alone, for a figure that draws its own fit across series (frontier, chinchilla).
    static func drawingWithoutFit(_ spec: PlotSpec, data: PlotData) -> Result<ScatterDrawing, PlotProblem> {
        var plain = spec
        plain.fit = .none
        plain.holdout = 0
        plain.extrapolate = nil
        return scatterDrawing(plain, data: data)
    }

    static func scatterDrawing(_ spec: PlotSpec, data: PlotData) -> Result<ScatterDrawing, PlotProblem> {
        var series: [ChartSeries] = []
        var curves: [FittedCurve] = []
        var captionParts: [String] = []
        var values: [String: String] = [:]
        // Along a measured x (flops), which configuration each point is: `steps=300`.
        let settings = data.series.contains { $0.points.contains { !$0.setting.isEmpty } }
        var csv = "series,\(spec.x),seed,\(spec.y)\(spec.bestOver.map { ",\($0)" } ?? "")\(settings ? ",configuration" : "")\n"

        for (index, line) in data.series.enumerated() {
            // Values are quoted under the series' value (or its experiment's name, when a plot draws
            // several experiments); the first series' fit also without it.
            let several = spec.series != nil || data.series.count > 1
            let prefixes = [spec.series.map { "\(line.name.dropFirst($0.count + 1))." } ?? (several ? "\(line.name)." : "")]
                + (index == 0 && several ? [""] : [])
            func quote(_ name: String, _ text: String) { for prefix in prefixes { values[prefix + name] = text } }
            var heldOutX: Set<Double> = []
            // Each series' own law; the frontier's is drawn by `frontier`, across series.
            if let form = CurveLaw.Form(rawValue: spec.fit.rawValue) {
                let observations = line.points.flatMap { point in point.values.map { Observation(x: point.x, y: $0.y, seed: Int($0.seed)) } }
                // Through an envelope, each bootstrap resample chooses the best again.
                let lawThrough = { (below: [Observation]) throws -> FitResult<CurveLaw> in
                    guard spec.bestOver != nil else { return try CurveLaw.fit(form, to: below, bootstrap: bootstrap) }
                    return try envelopeFit(form, line, xs: Set(below.map(\.x)), better: spec.vocabulary.higherIsBetter(spec.y) ? .higher : .lower)
                }
                do {
                    let fit: FitResult<CurveLaw>
                    if spec.holdout > 0 {
                        let check = try Holdout.check(observations, holdOut: spec.holdout, fit: lawThrough)
                        fit = check.fit
                        heldOutX = Set(check.heldOut.map(\.x))
                        let misses = check.heldOut.map { "\(spec.x) \(xText(spec, $0.x)): observed \(NumberFormat.quoted.string($0.observed)), predicted \(NumberFormat.quoted.string($0.predicted))" }
                        captionParts.append("Held out of the fit: \(misses.joined(separator: "; ")); RMS log error \(NumberFormat.quoted(digits: 2).string(check.rmsLogError)).")
                        quote("holdout_error", NumberFormat.quoted(digits: 2).string(check.rmsLogError))
                    } else {
                        fit = try lawThrough(observations)
                    }
                    let maxX = line.points.map(\.x).max() ?? fit.xRange.upperBound
                    let reach = max(spec.extrapolate ?? maxX, maxX)
                    let extrapolated = reach > fit.xRange.upperBound ? fit.xRange.upperBound...reach : nil
                    curves.append(FittedCurve(name: fit.law.formula(x: spec.x, y: spec.y), fittedRange: fit.xRange,
                                              extrapolatedRange: extrapolated, colorIndex: index, xScale: axis(spec.xScale)) { fit.predict($0) })
                    captionParts.append(describe(fit, series: data.series.count > 1 ? line.name : nil, x: spec.x, y: spec.y))
                    if let key = spec.bestOver, !fit.intervals.isEmpty {
                        captionParts.append("Each resample of the seeds chooses the best \(key) at every \(spec.x) again, so the intervals include the doubt about which one won.")
                    }
                    for (name, value) in FitValues.of(fit) { quote(name, value) }
                } catch {
                    return .failure(PlotProblem(key: "fit", message: "cannot fit \(spec.fit.rawValue) to '\(line.name)': \(error)"))
                }
                if spec.transient {
                    switch transient(form, observations, spec: spec, series: data.series.count > 1 ? line.name : nil) {
                    case .success(let (text, quoted)):
                        captionParts.append(text)
                        for (name, value) in quoted { quote(name, value) }
                    case .failure(let problem): return .failure(problem)
                    }
                }
            }
            let points = line.points.map { point -> ChartPoint in
                let summary = SeedSummary(point.values.map(\.y))!
                let (low, high) = spread(summary, error: spec.error)
                let at = "\(prefixes[0])at.\(NumberFormat.quoted.string(point.x))"
                values[at] = NumberFormat.quoted.string(summary.mean)
                if let std = summary.std { values["\(at).std"] = NumberFormat.quoted(digits: 2).string(std) }
                var label = "\(line.name)\(point.setting.isEmpty ? "" : " · \(point.setting)") · \(spec.x) = \(xText(spec, point.x)): \(spec.y) \(NumberFormat.quoted.string(summary.mean))"
                if let std = summary.std { label += " ± \(NumberFormat.quoted(digits: 2).string(std)) (std)" }
                label += ", \(summary.n) seed\(summary.n == 1 ? "" : "s")"
                if let chosen = point.chosen { label += ", best \(spec.bestOver!) = \(chosen)\(point.atEdge ? " (edge of the sweep)" : "")" }
                if heldOutX.contains(point.x) { label += ", held out of the fit" }
                for value in point.values {
                    csv += "\(CSVField.quoted(line.name)),\(point.x),\(value.seed),\(value.y)\(point.chosen.map { ",\(CSVField.quoted($0))" } ?? "")\(settings ? ",\(CSVField.quoted(point.setting))" : "")\n"
                }
                return ChartPoint(x: point.x, y: summary.mean, low: low, high: high, hollow: heldOutX.contains(point.x), label: label)
            }
            series.append(ChartSeries(name: line.name, points: points, style: .linesAndMarkers, colorIndex: index,
                                      diverged: divergedMarks(line, spec: spec)))
        }
        let chart = Chart(xLabel: spec.x, yLabel: axisLabel(spec), xScale: axis(spec.xScale), yScale: axis(spec.yScale),
                          series: series, curves: curves)
        let edges = data.series.flatMap(\.points).filter(\.atEdge).count
        if edges > 0 {
            captionParts.append("At \(edges) point\(edges == 1 ? "" : "s") the best \(spec.bestOver!) is at the edge of the sweep, so the true optimum may lie outside it.")
        }
        if CurveLaw.Form(rawValue: spec.fit.rawValue) != nil && spec.holdout == 0 { captionParts.append(FitValues.notHeldOut) }
        return .success(ScatterDrawing(chart: chart, notes: captionParts, csv: csv, values: values))
    }

    /// The law through a series' `best_over` envelope at the x values `xs`, from every seed of
    /// every key value, so that the bootstrap can choose the best again.
    static func envelopeFit(_ form: CurveLaw.Form, _ line: PlotData.Series, xs: Set<Double>, better: Better) throws -> FitResult<CurveLaw> {
        let rows = line.rows
        if rows.allSatisfy({ $0.over.number != nil }) {
            let points = rows.map { KeyedObservation(x: $0.x, key: $0.over.number!, y: $0.y, seed: Int($0.seed)) }
            return try EnvelopeFit.fit(form, points, better: better, xs: xs, bootstrap: bootstrap)
        }
        let points = rows.map { KeyedObservation(x: $0.x, key: $0.over.description, y: $0.y, seed: Int($0.seed)) }
        return try EnvelopeFit.fit(form, points, better: better, xs: xs, bootstrap: bootstrap)
    }

    /// One mark per x at which trials of the series diverged, saying which: seeds, or under
    /// `best_over` the key values that were never chosen because of it.
    static func divergedMarks(_ line: PlotData.Series, spec: PlotSpec) -> [DivergedMark] {
        let byX = Dictionary(grouping: line.rows.filter(\.x.isFinite), by: \.x)
        return byX.keys.sorted().compactMap { x in
            let rows = byX[x]!
            let diverged = rows.filter { !$0.y.isFinite }
            guard !diverged.isEmpty else { return nil }
            let at = "\(line.name) · \(spec.x) = \(xText(spec, x))"
            if let key = spec.bestOver {
                var values: [String] = []
                for row in diverged where !values.contains(row.over.description) { values.append(row.over.description) }
                return DivergedMark(x: x, label: "\(at): diverged at \(key) \(values.joined(separator: ", ")) (never chosen)")
            }
            return DivergedMark(x: x, label: "\(at): \(diverged.count) of \(rows.count) seed\(rows.count == 1 ? "" : "s") diverged")
        }
    }

    /// An x that is a swept key (lr, width) is written as the configuration value it is, as the
    /// table and heatmap write it; a measured x (flops) is a quoted number.
    static func xText(_ spec: PlotSpec, _ x: Double) -> String {
        PlotSpec.isMeasured(spec.x) ? NumberFormat.quoted.string(x) : ConfigValue.double(x).description
    }

    static func axisLabel(_ spec: PlotSpec) -> String {
        var label = spec.y
        if let over = spec.bestOver { label += " (best over \(over))" }
        switch spec.error {
        case .none: break
        case .std: label += ", ± std"
        case .sem: label += ", ± sem"
        case .ci95: label += ", 95% CI"
        }
        return label
    }

    static func axis(_ scale: PlotSpec.Scale) -> AxisScale { scale == .log ? .log : .linear }

    /// Error bar ends for a point.
    static func spread(_ summary: SeedSummary, error: PlotSpec.ErrorBars) -> (Double?, Double?) {
        switch error {
        case .none: return (nil, nil)
        case .std: return summary.std.map { (summary.mean - $0, summary.mean + $0) } ?? (nil, nil)
        case .sem: return summary.sem.map { (summary.mean - $0, summary.mean + $0) } ?? (nil, nil)
        case .ci95:
            guard let interval = summary.interval(level: 0.95) else { return (nil, nil) }
            return (interval.lower, interval.upper)
        }
    }

    /// The fit in words and TeX, with intervals and what they rest on.
    static func describe(_ fit: FitResult<CurveLaw>, series: String?, x: String, y: String) -> String {
        var text = "Fit\(series.map { " (\($0))" } ?? ""): $\(CaptionTeX.law(fit.law, x: x, y: y, atBound: Set(fit.atBound.keys)))$\(CaptionTeX.legend([y, x]))"
        text += FitValues.intervalsClause(fit, points: "values of \(x)")
        text += "; fitted on \(x) from \(NumberFormat.quoted.string(fit.xRange.lowerBound)) to \(NumberFormat.quoted.string(fit.xRange.upperBound)), RMS log residual \(NumberFormat.quoted(digits: 2).string(fit.rmsLogResidual))."
        return text
    }
}
