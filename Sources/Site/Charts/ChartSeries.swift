/// A named set of points drawn in one colour and marker shape.
public struct ChartSeries: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case markers
        case lines
        case linesAndMarkers
    }

    public var name: String
    public var points: [ChartPoint]
    public var style: Style
    /// Draw the error interval as a shaded band (learning curves) instead of bars.
    public var band: Bool
    /// Palette slot; nil means the series' position in the chart. A fitted curve with the same
    /// index is drawn in the same colour, so a fit reads as belonging to its points.
    public var colorIndex: Int?
    /// Where trials of this series diverged: marked at the top of the plot, having no value.
    public var diverged: [DivergedMark]

    public init(name: String, points: [ChartPoint], style: Style = .markers,
                band: Bool = false, colorIndex: Int? = nil, diverged: [DivergedMark] = []) {
        self.name = name
        self.points = points
        self.style = style
        self.band = band
        self.colorIndex = colorIndex
        self.diverged = diverged
    }
}
