/// The span of data values an axis shows, in data units.
struct AxisDomain: Sendable, Hashable {
    var lower: Double
    var upper: Double

    /// The extent of `values` that `scale` can show, padded by 5 % of the span on each side
    /// (in the axis's own space, so a log axis pads by a factor) so that markers at the ends
    /// are not cut by the frame. A single value gets a span around it rather than a zero-width
    /// axis, which would put NaN in the coordinates. nil when no value can be shown.
    static func covering(_ values: [Double], scale: AxisScale, padding: Double = 0.05) -> AxisDomain? {
        let transformed = values.compactMap(scale.transform)
        // A span that overflows (±1e308) cannot be drawn; treated like no data.
        guard var lo = transformed.min(), var hi = transformed.max(), (hi - lo).isFinite else { return nil }
        if hi - lo < 1e-12 * max(1, abs(lo)) {
            let half = scale == .log ? 0.5 : max(abs(lo) * 0.5, 1)
            lo -= half
            hi += half
        } else {
            let pad = (hi - lo) * padding
            lo -= pad
            hi += pad
        }
        return AxisDomain(lower: scale.inverse(lo), upper: scale.inverse(hi))
    }
}

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
