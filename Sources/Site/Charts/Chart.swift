/// A figure of points and fitted curves on two axes, described without any knowledge of notes,
/// experiments or fits. `SVGChart.render` draws it.
package struct Chart: Sendable, Hashable {
    package var title: String?
    package var xLabel: String
    package var yLabel: String
    package var xScale: AxisScale
    package var yScale: AxisScale
    package var series: [ChartSeries]
    package var curves: [FittedCurve]
    /// Major x ticks to use instead of the generated ones, e.g. the swept widths 64 … 4096;
    /// labels that would overlap are still dropped.
    package var xTicks: [Double]?
    /// Size of the viewBox in CSS pixels; the SVG scales to its container.
    package var width: Double
    package var height: Double

    package init(title: String? = nil, xLabel: String, yLabel: String,
                xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                series: [ChartSeries], curves: [FittedCurve] = [], xTicks: [Double]? = nil,
                width: Double = 640, height: Double = 400) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.series = series
        self.curves = curves
        self.xTicks = xTicks
        self.width = width
        self.height = height
    }
}
