/// A chart's series and curves with everything the axes cannot show taken out: non-finite
/// values, and zero or negative values on log axes. What is left can be drawn without ever
/// producing a NaN coordinate.
struct ChartData: Sendable {
    struct Series: Sendable {
        var name: String
        var slot: Int
        var style: ChartSeries.Style
        var band: Bool
        /// Drawable points, in x order.
        var points: [ChartPoint]
        var diverged: [DivergedMark] = []
    }

    struct Curve: Sendable {
        var curve: FittedCurve
        var samples: [FittedCurve.Sample]
    }

    var series: [Series]
    var curves: [Curve]
    var xScale: AxisScale
    var yScale: AxisScale

    init(_ chart: Chart) {
        xScale = chart.xScale
        yScale = chart.yScale
        series = chart.series.enumerated().map { [xScale, yScale] index, s in
            let points = s.points.compactMap { p -> ChartPoint? in
                guard xScale.transform(p.x) != nil, yScale.transform(p.y) != nil else { return nil }
                var kept = p
                kept.low = p.low.flatMap { $0.isFinite ? $0 : nil }
                kept.high = p.high.flatMap { $0.isFinite ? $0 : nil }
                return kept
            }
            // A stable sort keeps byte-identical output when two points share an x.
            let sorted = points.enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element)
            let diverged = s.diverged.filter { xScale.transform($0.x) != nil }
            return Series(name: s.name, slot: s.colorIndex ?? index, style: s.style, band: s.band, points: sorted, diverged: diverged)
        }
        curves = chart.curves.map { [xScale, yScale] curve in
            let shown = curve.extrapolatedRange.map {
                min($0.lowerBound, curve.fittedRange.lowerBound)...max($0.upperBound, curve.fittedRange.upperBound)
            } ?? curve.fittedRange
            let samples = curve.samples.filter {
                shown.contains($0.x) && xScale.transform($0.x) != nil && yScale.transform($0.y) != nil
            }
            return Curve(curve: curve, samples: samples)
        }.filter { $0.samples.count > 1 }
    }

    var isEmpty: Bool {
        series.allSatisfy { $0.points.isEmpty } && curves.isEmpty
    }

    var divergedTrials: Bool {
        series.contains { !$0.diverged.isEmpty }
    }

    /// The smallest and largest observed value along one axis (points, not curves or error bars).
    func ends(_ coordinate: KeyPath<ChartPoint, Double>) -> [Double] {
        let values = series.flatMap { $0.points.map { $0[keyPath: coordinate] } }
        guard let lo = values.min(), let hi = values.max() else { return [] }
        return lo == hi ? [lo] : [lo, hi]
    }

    var heldOutPoints: Bool {
        series.contains { $0.points.contains(where: \.hollow) }
    }

    func xDomain() -> AxisDomain? {
        let xs = series.flatMap { $0.points.map(\.x) + $0.diverged.map(\.x) } + curves.flatMap { $0.samples.map(\.x) }
        return AxisDomain.covering(xs, scale: xScale)
    }

    /// The y extent of the data and error intervals, widened for the curves by at most the data's
    /// own span each way: an extrapolated law heading for zero must not squash the points.
    func yDomain() -> AxisDomain? {
        let observed = series.flatMap { $0.points.flatMap { [$0.y] + [$0.low, $0.high].compactMap { $0 } } }
        let curveValues = curves.flatMap { $0.samples.map(\.y) }
        let transformed = observed.compactMap(yScale.transform)
        guard let lo = transformed.min(), let hi = transformed.max() else {
            return AxisDomain.covering(curveValues, scale: yScale)
        }
        let reach = max(hi - lo, 1e-9)
        let allowed = curveValues.filter { v in
            yScale.transform(v).map { $0 >= lo - reach && $0 <= hi + reach } ?? false
        }
        return AxisDomain.covering(observed + allowed, scale: yScale)
    }

    /// The curve drawn for a series, used to place held-out points' predictions.
    func curve(forSlot slot: Int) -> Curve? {
        curves.first { ChartPalette.slot($0.curve.colorIndex) == ChartPalette.slot(slot) }
    }

    /// The curve's value at `x`, interpolated in the axes' own spaces (straight on log-log for
    /// a power law), or nil outside the sampled range.
    func prediction(of curve: Curve, at x: Double) -> Double? {
        guard let tx = xScale.transform(x) else { return nil }
        let points = curve.samples.compactMap { s -> (Double, Double)? in
            guard let sx = xScale.transform(s.x), let sy = yScale.transform(s.y) else { return nil }
            return (sx, sy)
        }
        for i in points.indices.dropFirst() where points[i - 1].0 <= tx && tx <= points[i].0 {
            let (x0, y0) = points[i - 1], (x1, y1) = points[i]
            let t = x1 > x0 ? (tx - x0) / (x1 - x0) : 0
            return yScale.inverse(y0 + t * (y1 - y0))
        }
        return nil
    }
}
