/// Maps data values to viewBox pixels inside the plot area; y grows downwards in SVG.
struct PlotFrame: Sendable {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    var xScale: AxisScale
    var yScale: AxisScale
    var xDomain: AxisDomain
    var yDomain: AxisDomain

    var right: Double { left + width }
    var bottom: Double { top + height }

    func x(_ value: Double) -> Double? {
        fraction(value, xScale, xDomain).map { left + $0 * width }
    }

    func y(_ value: Double) -> Double? {
        fraction(value, yScale, yDomain).map { bottom - $0 * height }
    }

    /// A y that may be off the axis (an error bar's low end at zero on a log axis) pinned to
    /// the frame instead of dropped.
    func yClamped(_ value: Double) -> Double {
        if let y = y(value) { return min(max(y, top), bottom) }
        return value > 0 || yScale == .linear ? top : bottom
    }

    func contains(x: Double, y: Double) -> Bool {
        x >= left - 0.5 && x <= right + 0.5 && y >= top - 0.5 && y <= bottom + 0.5
    }

    private func fraction(_ value: Double, _ scale: AxisScale, _ domain: AxisDomain) -> Double? {
        guard let t = scale.transform(value), let lo = scale.transform(domain.lower),
              let hi = scale.transform(domain.upper), hi > lo else { return nil }
        let f = (t - lo) / (hi - lo)
        return f.isFinite ? f : nil
    }
}
