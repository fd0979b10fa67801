/// Where everything goes: the plot area (after room for tick labels and axis titles), the
/// ticks that fit it, and a legend placed in the emptiest corner, or beside the plot when every
/// corner would cover data.
struct ChartLayout: Sendable {
    var frame: PlotFrame
    var xTicks: [AxisTick]
    var yTicks: [AxisTick]
    /// Top-left corner of the legend, nil when there is no legend.
    var legendOrigin: (x: Double, y: Double)?
    var legendColumns = 1
    /// Inside the plot the legend gets a box to stand out from the grid.
    var legendBoxed = true
    /// The chart's height, plus the legend's when it had to go underneath.
    var totalHeight: Double

    static let outerPadding = 10.0
    static let titleHeight = 22.0
    /// Below the plot: tick, gap, tick labels, gap, axis title.
    static let bottomMargin = ChartMetrics.tickLength + 4 + ChartMetrics.tickFontSize + 10 + ChartMetrics.labelFontSize + outerPadding

    init(chart: Chart, data: ChartData, legend: ChartLegend, xDomain: AxisDomain, yDomain: AxisDomain) {
        let top = Self.outerPadding + (chart.title == nil ? 4 : Self.titleHeight)
        let plotHeight = max(40, chart.height - top - Self.bottomMargin)
        yTicks = AxisTicks(lower: yDomain.lower, upper: yDomain.upper, scale: chart.yScale,
                           length: plotHeight, orientation: .vertical, dataEnds: data.ends(\.y)).ticks()
        let widestY = yTicks.compactMap(\.label).map { AxisTicks.labelWidth($0, fontSize: ChartMetrics.tickFontSize) }.max() ?? 0
        let left = Self.outerPadding + ChartMetrics.labelFontSize + 10 + widestY + 4 + ChartMetrics.tickLength

        func plotFrame(right margin: Double) -> PlotFrame {
            PlotFrame(left: left, top: top, width: max(40, chart.width - left - margin), height: plotHeight,
                      xScale: chart.xScale, yScale: chart.yScale, xDomain: xDomain, yDomain: yDomain)
        }
        func ticks(_ f: PlotFrame) -> [AxisTick] {
            AxisTicks(lower: xDomain.lower, upper: xDomain.upper, scale: chart.xScale,
                      length: f.width, orientation: .horizontal, dataEnds: data.ends(\.x)).ticks(explicit: chart.xTicks)
        }

        // Room on the right for half of a label at the end of the x axis.
        let inside = plotFrame(right: Self.outerPadding + 12)
        frame = inside
        xTicks = ticks(inside)
        legendOrigin = nil
        totalHeight = chart.height
        guard !legend.entries.isEmpty else { return }

        let occupied = ChartFootprint.points(data, in: inside)
        let inset = 8.0
        let corners = [
            (inside.right - inset - legend.width(), inside.top + inset),
            (inside.left + inset, inside.top + inset),
            (inside.right - inset - legend.width(), inside.bottom - inset - legend.height()),
            (inside.left + inset, inside.bottom - inset - legend.height()),
        ]
        let covered = corners.map { corner in
            occupied.filter { p in
                p.x >= corner.0 - 4 && p.x <= corner.0 + legend.width() + 4
                    && p.y >= corner.1 - 4 && p.y <= corner.1 + legend.height() + 4
            }.count
        }
        let best = covered.indices.min { covered[$0] < covered[$1] }!
        let besideWidth = chart.width - left - legend.width() - 2 * Self.outerPadding - 12
        if covered[best] == 0 {
            legendOrigin = corners[best]
            return
        }
        legendBoxed = false
        if besideWidth >= chart.width * 0.45, legend.height() <= plotHeight {
            let beside = plotFrame(right: legend.width() + 2 * Self.outerPadding + 12)
            frame = beside
            xTicks = ticks(beside)
            legendOrigin = (beside.right + 12 + Self.outerPadding / 2 - ChartLegend.padding, top)
            return
        }
        // No room beside a narrow chart: underneath, in as many columns as fit, and the figure
        // grows taller rather than hiding data.
        let available = chart.width - left - Self.outerPadding + ChartLegend.padding
        legendColumns = max(1, min(legend.entries.count,
                                   Int((available - 2 * ChartLegend.padding + ChartLegend.columnGap) / (legend.columnWidth + ChartLegend.columnGap))))
        legendOrigin = (left - ChartLegend.padding, chart.height)
        totalHeight = chart.height + legend.height(columns: legendColumns) + Self.outerPadding
    }
}
