/// Sizes shared by charts and heatmaps, in viewBox pixels (one CSS pixel at the default width).
enum ChartMetrics {
    static let tickFontSize = 11.0
    static let labelFontSize = 12.0
    static let titleFontSize = 13.0
    static let legendFontSize = 11.0
    /// A heatmap cell's value: no smaller than the ticks, or a phone shows it at 5 px.
    static let cellFontSize = 11.0
    static let tickLength = 5.0
    static let minorTickLength = 3.0
    static let markerRadius = 4.0
    static let legendRowHeight = 16.0
}
