/// A figure of points and fitted curves on two axes, described without any knowledge of notes,
/// experiments or fits. `SVGChart.render` draws it.
public struct Chart: Sendable, Hashable {
    public var title: String?
    public var xLabel: String
    public var yLabel: String
    public var xScale: AxisScale
    public var yScale: AxisScale
    public var series: [ChartSeries]
    public var curves: [FittedCurve]
    /// Major x ticks to use instead of the generated ones, e.g. the swept widths 64 … 4096;
    /// labels that would overlap are still dropped.
    public var xTicks: [Double]?
    /// Size of the viewBox in CSS pixels; the SVG scales to its container.
    public var width: Double
    public var height: Double

    public init(title: String? = nil, xLabel: String, yLabel: String,
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
