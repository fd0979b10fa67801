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
