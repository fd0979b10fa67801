import Analysis
import Foundation
import Numerics
import Site

extension PlotFigure {
    /// `fit: chinchilla`: every point drawn as usual, and L(N, D) = E + A/N^α + B/D^β fitted to all
    /// of them at once (Hoffmann et al. 2022, approach 3), N each trial's parameter count and D
    /// the x value. Each series gets the law's curve at its own N, so one law is seen to fit (or
    /// not) every width.
    static func chinchilla(_ spec: PlotSpec, data: PlotData) -> Result<FigureOutput, PlotProblem> {
        var drawing: ScatterDrawing
        switch drawingWithoutFit(spec, data: data) {
        case .success(let drawn): drawing = drawn
        case .failure(let problem): return .failure(problem)
        }
        let rows = data.series.flatMap(\.rows).filter { $0.y.isFinite }
        let observations = rows.map { ScaleObservation(modelSize: $0.params, dataSize: $0.x, loss: $0.y, seed: Int($0.seed)) }
        let fit: FitResult<ChinchillaLaw>
        var holdout: ChinchillaHoldout?
        do {
            if spec.holdout > 0 {
                holdout = try ChinchillaHoldout.check(observations, holdingOut: spec.holdout, bootstrap: bootstrap)
                fit = holdout!.fit
            } else {
                fit = try ChinchillaLaw.fit(observations, bootstrap: bootstrap)
            }
        } catch {
            return .failure(PlotProblem(key: spec.holdout > 0 ? "holdout" : "fit",
                                        message: "cannot fit L(N, D) = E + A/N^α + B/D^β, N = params and D = \(spec.x): \(error)"))
        }
        if let holdout { markHeldOut(holdout, in: &drawing, data: data) }
        let law = fit.law
        for (index, line) in data.series.enumerated() {
            let sizes = line.rows.map(\.params).filter(\.isFinite)
            let xs = line.points.map(\.x)
            guard !sizes.isEmpty, let low = xs.min(), let high = xs.max(), low < high else { continue }
            let size = sizes.reduce(0, +) / Double(sizes.count)
            let reach = max(spec.extrapolate ?? high, high)
            drawing.chart.curves.append(FittedCurve(
                name: "L(N = \(NumberFormat.quoted.string(size)), \(spec.x))", fittedRange: low...high,
                extrapolatedRange: reach > high ? high...reach : nil, colorIndex: index, xScale: axis(spec.xScale)) {
                    law.predict(modelSize: size, dataSize: $0)
                })
        }
        // The points' own values (`128.at.4000`), and the law's.
        var values = drawing.values.merging(FitValues.of(fit)) { $1 }
        // With compute C ∝ N·D, minimising L at fixed C gives N_opt ∝ C^(β/(α+β)) and
        // D_opt ∝ C^(α/(α+β)) (Hoffmann et al. 2022, eq. 4).
        let sizeShare = law.beta / (law.alpha + law.beta)
        values["size_exponent"] = NumberFormat.quoted(digits: 3).string(sizeShare)
        values["data_exponent"] = NumberFormat.quoted(digits: 3).string(1 - sizeShare)
        values["residual"] = NumberFormat.quoted(digits: 2).string(fit.rmsLogResidual)
        var notes = drawing.notes
        let n = CaptionTeX.number
        let y = CaptionTeX.symbol(spec.y)
        let over = holdout.map { "over all but the \($0.heldOut.count) configuration\($0.heldOut.count == 1 ? "" : "s") of largest N·D" } ?? "over every point"
        var text = "Fit (Hoffmann et al. 2022, approach 3, \(over)): "
            + "$\(y) = \(n(law.E, 3)) + \(n(law.A, 3))/N^{\(n(law.alpha, 3))} + \(n(law.B, 3))/D^{\(n(law.beta, 3))}$, "
            + "with \(y == "L" ? "$L$ the \(spec.y), " : "")$N$ = params and $D$ = \(spec.x)"
        text += FitValues.intervalsClause(fit, points: "(N, D) cells")
        text += "; RMS log residual \(NumberFormat.quoted(digits: 2).string(fit.rmsLogResidual)). "
        text += "If compute grows as $C \\propto N D$, the compute-optimal model grows as $N_\\mathrm{opt} \\propto C^{\(values["size_exponent"]!)}$ "
            + "and its data as $D_\\mathrm{opt} \\propto C^{\(values["data_exponent"]!)}$."
        if let holdout {
            let misses = holdout.heldOut.map {
                "N \(NumberFormat.quoted.string($0.modelSize)), \(spec.x) \(NumberFormat.quoted.string($0.dataSize)): observed \(NumberFormat.quoted.string($0.observed)), predicted \(NumberFormat.quoted.string($0.predicted))"
            }
            text += " Held out of the fit: \(misses.joined(separator: "; ")); RMS log error \(NumberFormat.quoted(digits: 2).string(holdout.rmsLogError))."
            values["holdout_error"] = NumberFormat.quoted(digits: 2).string(holdout.rmsLogError)
        } else {
            text += " " + FitValues.notHeldOut
        }
        notes.append(text)
        return .success(FigureOutput(svg: SVGChart.render(drawing.chart), notes: notes.joined(separator: " "), csv: drawing.csv, values: values))
    }

    /// Held-out configurations drawn hollow, as a one-variable law's held-out points are.
    private static func markHeldOut(_ holdout: ChinchillaHoldout, in drawing: inout ScatterDrawing, data: PlotData) {
        for (index, line) in data.series.enumerated() where index < drawing.chart.series.count {
            let sizes = Set(line.rows.map(\.params))
            for p in drawing.chart.series[index].points.indices {
                let x = drawing.chart.series[index].points[p].x
                guard holdout.heldOut.contains(where: { sizes.contains($0.modelSize) && $0.dataSize == x }) else { continue }
                drawing.chart.series[index].points[p].hollow = true
                drawing.chart.series[index].points[p].label = drawing.chart.series[index].points[p].label.map { $0 + ", held out of the fit" }
            }
        }
    }
}
