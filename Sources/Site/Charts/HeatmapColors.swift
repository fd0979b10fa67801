/// Maps a heatmap's values to the colour ramp. The better end of the metric is the bright end,
/// so the eye goes to the good region of the sweep and diverged corners stay dark.
struct HeatmapColors: Sendable {
    var scale: AxisScale
    var lower: Double
    var upper: Double
    var lowerIsBetter: Bool

    init?(_ heatmap: Heatmap) {
        let values = heatmap.cells.flatMap { $0 }.compactMap { $0 }.filter { heatmap.colorScale.transform($0) != nil }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        scale = heatmap.colorScale
        lower = lo
        upper = hi
        lowerIsBetter = heatmap.lowerIsBetter
    }

    /// Where `value` sits between the smallest and largest value, 0…1. A value the scale cannot
    /// show (zero on a log scale) is pinned to the low end.
    func position(_ value: Double) -> Double {
        guard let t = scale.transform(value), let lo = scale.transform(lower), let hi = scale.transform(upper) else { return 0 }
        guard hi > lo else { return 0.5 }
        return min(max((t - lo) / (hi - lo), 0), 1)
    }

    /// Position on the ramp: 0 is dark, 1 bright.
    func rampFraction(_ value: Double) -> Double {
        lowerIsBetter ? 1 - position(value) : position(value)
    }

    func fill(_ value: Double) -> String {
        ColorRamp.hex(at: rampFraction(value))
    }

    /// The class that gives marks and text on this cell enough contrast.
    func inkClass(_ value: Double) -> String {
        ColorRamp.isLight(at: rampFraction(value)) ? "lb-on-light" : "lb-on-dark"
    }
}
