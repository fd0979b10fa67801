import Analysis
import Numerics
import Site

extension PlotFigure {
    /// The best learning rate at each width (interpolated in log lr) and the power law through
    /// those optima: the analysis seed 004 needed. Optima at the edge of the sweep are drawn hollow
    /// and left out of the law.
    static func optimalLearningRate(_ spec: PlotSpec, data: PlotData) -> Result<FigureOutput, PlotProblem> {
        guard let line = data.series.first else { return .failure(PlotProblem(key: "experiment", message: "no results to fit")) }
        guard line.rows.allSatisfy({ $0.over.number != nil }) else {
            return .failure(PlotProblem(key: "best_over", message: "'fit: optimal-lr' needs a numeric 'best_over' key such as lr"))
        }
        let observations = line.rows.map { KeyedObservation(x: $0.x, key: $0.over.number!, y: $0.y, seed: Int($0.seed)) }
        let law: OptimalLearningRateLaw
        do {
            law = try OptimalLearningRate.law(observations, bootstrap: bootstrap)
        } catch {
            return .failure(PlotProblem(key: "fit", message: "cannot fit the optimal learning rate: \(error)"))
        }
        let lr = spec.bestOver!
        var csv = "\(spec.x),optimal_\(lr),\(spec.y)_at_optimum,interpolated,edge\n"
        let points = law.optima.map { optimum -> ChartPoint in
            csv += "\(optimum.width),\(optimum.learningRate),\(optimum.loss),\(optimum.interpolated),\(optimum.edge?.rawValue ?? "")\n"
            var label = "\(spec.x) = \(NumberFormat.quoted.string(optimum.width)): best \(lr) \(NumberFormat.quoted(digits: 3).string(optimum.learningRate))"
            label += optimum.interpolated ? " (interpolated)" : ""
            if let edge = optimum.edge { label += " — at the \(edge.rawValue) \(lr) tried; left out of the law" }
            return ChartPoint(x: optimum.width, y: optimum.learningRate, hollow: optimum.edge != nil, label: label)
        }
        let fitted = law.fit
        let curve = FittedCurve(name: "\(lr)* = \(NumberFormat.quoted(digits: 3).string(law.coefficient))·\(spec.x)^−\(NumberFormat.quoted(digits: 3).string(law.exponent))",
                                fittedRange: fitted.xRange, colorIndex: 0, xScale: .log) { fitted.predict($0) }
        let chart = Chart(xLabel: spec.x, yLabel: "best \(lr) (for \(spec.y))", xScale: .log, yScale: .log,
                          series: [ChartSeries(name: "best \(lr)", points: points, style: .markers, colorIndex: 0)], curves: [curve])
        var values = ["exponent": NumberFormat.quoted(digits: 3).string(law.exponent), "coefficient": NumberFormat.quoted(digits: 3).string(law.coefficient)]
        // Each width's optimum, for prose: `at.1024`.
        for optimum in law.optima { values["at.\(NumberFormat.quoted.string(optimum.width))"] = NumberFormat.quoted(digits: 3).string(optimum.learningRate) }
        let (eta, w) = (CaptionTeX.symbol(lr), CaptionTeX.symbol(spec.x))
        var notes = "Optimal \(lr) law: $\(eta)^*(\(w)) = c\\,\(w)^{-\\gamma}$\(CaptionTeX.legend([lr, spec.x])) with $\\gamma = \(CaptionTeX.number(law.exponent))$"
        if let interval = law.exponentInterval {
            values["exponent.low"] = NumberFormat.quoted(digits: 3).string(interval.lower)
            values["exponent.high"] = NumberFormat.quoted(digits: 3).string(interval.upper)
            values["exponent.interval"] = NumberFormat.interval(interval.lower, interval.upper)
            let method = law.fit.method.map { FitValues.methodText($0, seeds: law.fit.seedCount, points: "optima") } ?? ""
            notes += " (95% interval $\(CaptionTeX.interval(interval))$: \(method))"
        }
        notes += ", $c = \(CaptionTeX.number(law.coefficient))$; each optimum is the vertex of a parabola in log \(lr) through the best tried value and its neighbours."
        let edges = law.optima.filter { $0.edge != nil }.map { NumberFormat.quoted.string($0.width) }
        if !edges.isEmpty { notes += " At \(spec.x) \(edges.joined(separator: ", ")) the best \(lr) is at the edge of the sweep (hollow), so those are left out." }
        notes += " " + FitValues.notHeldOut
        return .success(FigureOutput(svg: SVGChart.render(chart), notes: notes, csv: csv, values: values))
    }
}
