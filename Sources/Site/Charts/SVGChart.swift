/// Draws a `Chart` as a standalone SVG string that can also be inlined in a page: it scales with
/// its viewBox, follows the page's light or dark colours, and every point has hover text.
package enum SVGChart {
    package static func render(_ chart: Chart) -> String {
        let data = ChartData(chart)
        let description = accessibleTitle(chart)
        guard !data.isEmpty, let xDomain = data.xDomain(), let yDomain = data.yDomain() else {
            return ChartEnvelope.noData(width: chart.width, height: chart.height, title: chart.title,
                                        accessibleTitle: description, xLabel: chart.xLabel, yLabel: chart.yLabel)
        }
        let legend = ChartLegend(data)
        let layout = ChartLayout(chart: chart, data: data, legend: legend, xDomain: xDomain, yDomain: yDomain)
        let axes = ChartAxes(frame: layout.frame, xTicks: layout.xTicks, yTicks: layout.yTicks,
                             xLabel: chart.xLabel, yLabel: chart.yLabel)
        var body = [
            axes.grid(),
            ChartMarks(chart: chart, data: data, frame: layout.frame).svg(),
            axes.axes(),
            axes.titles(chartHeight: chart.height),
        ]
        if let origin = layout.legendOrigin {
            body.append(legend.svg(x: origin.x, y: origin.y, columns: layout.legendColumns, boxed: layout.legendBoxed))
        }
        if let title = chart.title {
            body.append(ChartEnvelope.heading(title, x: layout.frame.left))
        }
        return ChartEnvelope.wrap(body.joined(separator: "\n"), width: chart.width, height: layout.totalHeight,
                                  accessibleTitle: description, summary: summary(chart))
    }

    /// What a screen reader announces: the chart's title, or what is plotted against what.
    static func accessibleTitle(_ chart: Chart) -> String {
        chart.title ?? "\(chart.yLabel) against \(chart.xLabel)"
    }

    static func summary(_ chart: Chart) -> String {
        let scales = "\(chart.xScale == .log ? "log" : "linear") x, \(chart.yScale == .log ? "log" : "linear") y"
        let names = chart.series.map(\.name) + chart.curves.map(\.name)
        return "\(chart.yLabel) against \(chart.xLabel) (\(scales)): \(names.joined(separator: "; "))"
    }
}
