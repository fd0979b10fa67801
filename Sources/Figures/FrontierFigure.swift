import Analysis
import Engine
import Numerics
import Site

extension PlotFigure {
    /// `fit: frontier`: every configuration drawn as usual (one line per series), the
    /// compute-efficient frontier across all of them marked in a colour of its own, and the power
    /// law through it (Kaplan et al. 2020; Hoffmann et al. 2022, approach 1).
    static func frontier(_ spec: PlotSpec, data: PlotData) -> Result<FigureOutput, PlotProblem> {
        var drawing: ScatterDrawing
        switch drawingWithoutFit(spec, data: data) {
        case .success(let drawn): drawing = drawn
        case .failure(let problem): return .failure(problem)
        }
        let better: Better = spec.vocabulary.higherIsBetter(spec.y) ? .higher : .lower
        let candidates = frontierCandidates(spec, data: data)
        let result: FrontierFit
        do {
            let form: CurveLaw.Form = spec.fit == .frontierWithOffset ? .powerLawWithOffset : .powerLaw
            result = try ComputeFrontier.fit(candidates, form: form, holdOut: spec.holdout, better: better, bootstrap: bootstrap)
        } catch {
            return .failure(PlotProblem(key: "fit", message: "cannot fit \(spec.fit == .frontierWithOffset ? "a power law with an offset" : "a power law") through the frontier: \(error)"))
        }
        let fit = result.fit
        let heldOutX = Set(result.holdout?.heldOut.map(\.x) ?? [])
        func named(_ candidate: FrontierCandidate) -> String {
            let at = "\(spec.x) \(NumberFormat.quoted.string(candidate.x))"
            return candidate.name.isEmpty ? at : "\(candidate.name) (\(at))"
        }

        // A colour of its own after the series', for the frontier's marks and its law alike.
        let slot = data.series.count
        let marks = result.frontier.map { candidate -> ChartPoint in
            let summary = SeedSummary(candidate.observations.map(\.y))!
            var label = "frontier · \(candidate.name.isEmpty ? "" : "\(candidate.name) · ")\(spec.x) = \(NumberFormat.quoted.string(candidate.x)): "
            label += "\(spec.y) \(NumberFormat.quoted.string(summary.mean)), \(summary.n) seed\(summary.n == 1 ? "" : "s")"
            if heldOutX.contains(candidate.x) { label += ", held out of the fit" }
            return ChartPoint(x: candidate.x, y: summary.mean, hollow: heldOutX.contains(candidate.x), label: label)
        }
        drawing.chart.series.append(ChartSeries(name: "frontier", points: marks, style: .markers, colorIndex: slot))
        let maxX = result.frontier.map(\.x).max() ?? fit.xRange.upperBound
        let reach = max(spec.extrapolate ?? maxX, maxX)
        drawing.chart.curves.append(FittedCurve(name: fit.law.formula(x: spec.x, y: spec.y), fittedRange: fit.xRange,
                                                extrapolatedRange: reach > fit.xRange.upperBound ? fit.xRange.upperBound...reach : nil,
                                                colorIndex: slot, xScale: axis(spec.xScale)) { fit.predict($0) })

        let comparison = better == .lower ? "lower" : "higher"
        var notes = "Frontier: the \(result.frontier.count) of \(candidates.count) configurations whose mean \(spec.y) is \(comparison) than that of every one at the same or smaller \(spec.x)"
        let diverged = candidates.filter { $0.observations.contains { !$0.y.isFinite } }.count
        if diverged > 0 { notes += " (\(diverged) in which a seed diverged \(diverged == 1 ? "is" : "are") never chosen)" }
        notes += ": " + result.frontier.map(named).joined(separator: "; ") + "."
        var values = drawing.values
        values["frontier"] = String(result.frontier.count)
        if let check = result.holdout {
            let misses = check.heldOut.map { point in
                let names = result.frontier.filter { $0.x == point.x }.map(named).joined(separator: ", ")
                return "\(names): observed \(NumberFormat.quoted.string(point.observed)), predicted \(NumberFormat.quoted.string(point.predicted))"
            }
            notes += " Held out of the fit: \(misses.joined(separator: "; ")); RMS log error \(NumberFormat.quoted(digits: 2).string(check.rmsLogError))."
            values["holdout_error"] = NumberFormat.quoted(digits: 2).string(check.rmsLogError)
        }
        notes += " " + describe(fit, series: "frontier", x: spec.x, y: spec.y)
        if result.holdout == nil { notes += " " + FitValues.notHeldOut }
        if !fit.intervals.isEmpty {
            notes += " Each resample of the seeds chooses the frontier again, so the intervals include the doubt about which configurations are on it."
        }
        values.merge(FitValues.of(fit)) { $1 }
        return .success(FigureOutput(svg: SVGChart.render(drawing.chart), notes: (drawing.notes + [notes]).joined(separator: " "),
                                     csv: drawing.csv, values: values))
    }

    /// Every configuration as the frontier sees it, diverged seeds included (as NaN, so that
    /// configuration is never chosen). Under `best_over` each value of that key is a configuration
    /// of its own: the frontier, and every bootstrap resample, chooses it as well.
    static func frontierCandidates(_ spec: PlotSpec, data: PlotData) -> [FrontierCandidate] {
        struct Place: Hashable {
            var x: Double
            var over: String
        }
        return data.series.flatMap { line -> [FrontierCandidate] in
            let places = Dictionary(grouping: line.rows) { Place(x: $0.x, over: $0.over.description) }
            return places.map { place, rows in
                // The series' name unless it is only the metric's (one experiment, no `series`).
                var parts = spec.series != nil || line.name != spec.y ? [line.name] : []
                parts += rows[0].setting
                if let over = spec.bestOver { parts.append("\(over)=\(place.over)") }
                return FrontierCandidate(name: parts.joined(separator: " "), x: place.x, values: rows.map { (seed: Int($0.seed), y: $0.y) })
            }
        }.sorted { ($0.x, $0.name) < ($1.x, $1.name) }
    }
}
