import Numerics

/// The data layers of a chart, bottom to top: bands, fitted curves, lines, error bars,
/// held-out predictions, markers. Each series is one group whose class sets its colour.
struct ChartMarks: Sendable {
    var chart: Chart
    var data: ChartData
    var frame: PlotFrame

    typealias Point = (x: Double, y: Double)

    func svg() -> String {
        var out: [String] = []
        for s in data.series where s.band { out.append(group(s.slot, band(s))) }
        for c in data.curves { out.append(group(c.curve.colorIndex, curve(c))) }
        for s in data.series where s.style != .markers { out.append(group(s.slot, line(s))) }
        for s in data.series where !s.band { out.append(group(s.slot, errorBars(s))) }
        for s in data.series { out.append(group(s.slot, predictions(s))) }
        for s in data.series { out.append(group(s.slot, markers(s))) }
        for s in data.series { out.append(group(s.slot, diverged(s))) }
        return out.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private func group(_ slot: Int, _ parts: [String]) -> String {
        parts.isEmpty ? "" : "<g class=\"\(ChartPalette.className(slot))\">\n\(parts.joined(separator: "\n"))\n</g>"
    }

    private func pixel(_ x: Double, _ y: Double) -> Point? {
        guard let px = frame.x(x), let py = frame.y(y) else { return nil }
        return (px, py)
    }

    /// One polygon per run of consecutive points that have both ends of their interval.
    private func band(_ s: ChartData.Series) -> [String] {
        var runs: [[ChartPoint]] = [[]]
        for p in s.points {
            if p.low != nil && p.high != nil { runs[runs.count - 1].append(p) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { $0.count > 1 }.compactMap { run in
            let upper = run.compactMap { p in frame.x(p.x).map { ($0, frame.yClamped(p.high!)) } }
            let lower = run.reversed().compactMap { p in frame.x(p.x).map { ($0, frame.yClamped(p.low!)) } }
            return "<path class=\"lb-band\" d=\"\(SVGText.path(upper + lower)) Z\"/>"
        }
    }

    /// Solid over the fitted range, dashed elsewhere, cut at the frame.
    private func curve(_ c: ChartData.Curve) -> [String] {
        var pieces: [(dashed: Bool, points: [Point])] = []
        for i in c.samples.indices.dropFirst() {
            let a = c.samples[i - 1], b = c.samples[i]
            guard let pa = pixel(a.x, a.y), let pb = pixel(b.x, b.y) else { continue }
            let dashed = !c.curve.fittedRange.contains((a.x + b.x) / 2)
            if let last = pieces.last, last.dashed == dashed, let end = last.points.last, end == pa {
                pieces[pieces.count - 1].points.append(pb)
            } else {
                pieces.append((dashed, [pa, pb]))
            }
        }
        let title = SVGText.title(c.curve.name)
        return pieces.flatMap { piece in
            LineClipping.clip(piece.points, left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom).map {
                "<path class=\"lb-fit\(piece.dashed ? " lb-extrapolated" : "")\" d=\"\(SVGText.path($0))\">\(title)</path>"
            }
        }
    }

    private func line(_ s: ChartData.Series) -> [String] {
        let points = s.points.compactMap { pixel($0.x, $0.y) }
        guard points.count > 1 else { return [] }
        return ["<path class=\"\(Self.lineClass(s.style))\" d=\"\(SVGText.path(points))\"/>"]
    }

    /// A line that only joins markers is drawn thin and faint, so it never reads as the fitted
    /// law (thick, solid) drawn over the same points; a line that is the data (a learning curve)
    /// keeps its weight.
    static func lineClass(_ style: ChartSeries.Style) -> String {
        style == .linesAndMarkers ? "lb-line lb-join" : "lb-line"
    }

    private func errorBars(_ s: ChartData.Series) -> [String] {
        s.points.compactMap { p in
            guard p.low != nil || p.high != nil, let x = frame.x(p.x), let y = frame.y(p.y) else { return nil }
            let low = p.low.map(frame.yClamped) ?? y
            let high = p.high.map(frame.yClamped) ?? y
            guard abs(low - high) >= 1 else { return nil }
            var d = "M\(NumberFormat.svgCoordinate.string(x)) \(NumberFormat.svgCoordinate.string(low)) L\(NumberFormat.svgCoordinate.string(x)) \(NumberFormat.svgCoordinate.string(high))"
            let cap = 3.0
            if p.low != nil && low < frame.bottom {
                d += " M\(NumberFormat.svgCoordinate.string(x - cap)) \(NumberFormat.svgCoordinate.string(low)) L\(NumberFormat.svgCoordinate.string(x + cap)) \(NumberFormat.svgCoordinate.string(low))"
            }
            if p.high != nil && high > frame.top {
                d += " M\(NumberFormat.svgCoordinate.string(x - cap)) \(NumberFormat.svgCoordinate.string(high)) L\(NumberFormat.svgCoordinate.string(x + cap)) \(NumberFormat.svgCoordinate.string(high))"
            }
            return "<path class=\"lb-errorbar\" d=\"\(d)\"/>"
        }
    }

    /// For each held-out point, the fit's prediction at its x and a dotted line from prediction
    /// to observation: the extrapolation error, visible at a glance.
    private func predictions(_ s: ChartData.Series) -> [String] {
        guard let curve = data.curve(forSlot: s.slot) else { return [] }
        return s.points.filter(\.hollow).flatMap { p -> [String] in
            guard let predicted = data.prediction(of: curve, at: p.x), let observed = pixel(p.x, p.y),
                  let at = pixel(p.x, predicted), frame.contains(x: at.x, y: at.y) else { return [] }
            let text = "prediction at \(chart.xLabel) = \(NumberFormat.hover.string(p.x)): \(chart.yLabel) = \(NumberFormat.hover.string(predicted)) (observed \(NumberFormat.hover.string(p.y)))"
            return [SVGText.line(observed.x, observed.y, at.x, at.y, className: "lb-residual"),
                    PredictionMark.svg(x: at.x, y: at.y, title: text)]
        }
    }

    private func markers(_ s: ChartData.Series) -> [String] {
        let shape = MarkerShape.forSeries(s.slot)
        return s.points.compactMap { p in
            guard let at = pixel(p.x, p.y) else { return nil }
            // Points of a plain line get an invisible target, so hovering still shows values.
            let className = p.hollow ? "lb-mark lb-hollow" : s.style == .lines ? "lb-hover" : "lb-mark"
            return shape.svg(x: at.x, y: at.y, radius: ChartMetrics.markerRadius, className: className,
                             title: p.label ?? hover(p, series: s.name))
        }
    }

    private func diverged(_ s: ChartData.Series) -> [String] {
        s.diverged.compactMap { mark in
            frame.x(mark.x).map { DivergedMark.svg(x: $0, tipY: frame.top + 2, title: mark.label) }
        }
    }

    private func hover(_ p: ChartPoint, series: String) -> String {
        var text = "\(series): \(chart.xLabel) = \(NumberFormat.hover.string(p.x)), \(chart.yLabel) = \(NumberFormat.hover.string(p.y))"
        if let low = p.low, let high = p.high {
            text += " (\(NumberFormat.hover.string(low)) to \(NumberFormat.hover.string(high)))"
        }
        if p.hollow { text += ", held out of the fit" }
        return text
    }
}
