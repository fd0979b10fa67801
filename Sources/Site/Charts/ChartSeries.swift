/// A named set of points drawn in one colour and marker shape.
package struct ChartSeries: Sendable, Hashable {
    package enum Style: String, Sendable, Hashable, CaseIterable {
        case markers
        case lines
        case linesAndMarkers
    }

    package var name: String
    package var points: [ChartPoint]
    package var style: Style
    /// Draw the error interval as a shaded band (learning curves) instead of bars.
    package var band: Bool
    /// Palette slot; nil means the series' position in the chart. A fitted curve with the same
    /// index is drawn in the same colour, so a fit reads as belonging to its points.
    package var colorIndex: Int?
    /// Where trials of this series diverged: marked at the top of the plot, having no value.
    package var diverged: [DivergedMark]

    package init(name: String, points: [ChartPoint], style: Style = .markers,
                band: Bool = false, colorIndex: Int? = nil, diverged: [DivergedMark] = []) {
        self.name = name
        self.points = points
        self.style = style
        self.band = band
        self.colorIndex = colorIndex
        self.diverged = diverged
    }
}
