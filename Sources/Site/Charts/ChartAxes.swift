import Numerics

/// Grid lines, axis lines, ticks, tick labels and axis titles: the parts of a chart that are
/// drawn in the page's muted colours rather than the palette.
struct ChartAxes: Sendable {
    var frame: PlotFrame
    var xTicks: [AxisTick]
    var yTicks: [AxisTick]
    var xLabel: String
    var yLabel: String

    /// Light lines behind the data at every labelled tick.
    func grid() -> String {
        var out: [String] = []
        for t in xTicks where t.isMajor {
            if let x = frame.x(t.value) { out.append(SVGText.line(x, frame.top, x, frame.bottom, className: "lb-grid")) }
        }
        for t in yTicks where t.isMajor {
            if let y = frame.y(t.value) { out.append(SVGText.line(frame.left, y, frame.right, y, className: "lb-grid")) }
        }
        return "<g class=\"lb-grids\">\n\(out.joined(separator: "\n"))\n</g>"
    }

    /// Axis lines on the left and bottom only (no box), with outward ticks and their labels.
    func axes() -> String {
        var out = [
            SVGText.line(frame.left, frame.bottom, frame.right, frame.bottom, className: "lb-axis"),
            SVGText.line(frame.left, frame.top, frame.left, frame.bottom, className: "lb-axis"),
        ]
        var tickPath = ""
        for t in xTicks {
            guard let x = frame.x(t.value) else { continue }
            let length = t.isMajor ? ChartMetrics.tickLength : ChartMetrics.minorTickLength
            tickPath += "M\(NumberFormat.svgCoordinate.string(x)) \(NumberFormat.svgCoordinate.string(frame.bottom)) v\(NumberFormat.svgCoordinate.string(length)) "
            if let label = t.label {
                out.append(SVGText.text(label, x: x, y: frame.bottom + ChartMetrics.tickLength + 4 + ChartMetrics.tickFontSize,
                                        className: "lb-tick-label", anchor: "middle"))
            }
        }
        for t in yTicks {
            guard let y = frame.y(t.value) else { continue }
            let length = t.isMajor ? ChartMetrics.tickLength : ChartMetrics.minorTickLength
            tickPath += "M\(NumberFormat.svgCoordinate.string(frame.left)) \(NumberFormat.svgCoordinate.string(y)) h\(NumberFormat.svgCoordinate.string(-length)) "
            if let label = t.label {
                out.append(SVGText.text(label, x: frame.left - ChartMetrics.tickLength - 4, y: y + ChartMetrics.tickFontSize * 0.35,
                                        className: "lb-tick-label", anchor: "end"))
            }
        }
        if !tickPath.isEmpty {
            out.insert("<path class=\"lb-tick\" d=\"\(tickPath.dropLast())\"/>", at: 2)
        }
        return "<g class=\"lb-axes\">\n\(out.joined(separator: "\n"))\n</g>"
    }

    /// Axis titles: x centred under the tick labels, y rotated along the left edge.
    func titles(chartHeight: Double) -> String {
        let xY = frame.bottom + ChartMetrics.tickLength + 4 + ChartMetrics.tickFontSize + 10 + ChartMetrics.labelFontSize
        let yX = ChartLayout.outerPadding + ChartMetrics.labelFontSize
        let midY = frame.top + frame.height / 2
        return [
            SVGText.text(xLabel, x: frame.left + frame.width / 2, y: xY, className: "lb-axis-label", anchor: "middle"),
            SVGText.text(yLabel, x: yX, y: midY, className: "lb-axis-label", anchor: "middle",
                         extra: " transform=\"rotate(-90 \(NumberFormat.svgCoordinate.string(yX)) \(NumberFormat.svgCoordinate.string(midY)))\""),
        ].joined(separator: "\n")
    }
}
