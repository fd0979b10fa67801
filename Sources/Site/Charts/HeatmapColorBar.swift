import Numerics

/// The key to a heatmap's colours: a vertical bar of the ramp, with ticks in the metric's units
/// and the metric's name along it. Drawn as stacked rectangles rather than a gradient, so no
/// element ids are needed (ids would collide between charts inlined in the same page).
struct HeatmapColorBar: Sendable {
    var colors: HeatmapColors
    var label: String
    var x: Double
    var top: Double
    var height: Double

    static let barWidth = 14.0
    static let steps = 48

    var ticks: [AxisTick] {
        guard colors.upper > colors.lower else {
            return [AxisTick(value: colors.lower, label: NumberFormat.label.string(colors.lower))]
        }
        return AxisTicks(lower: colors.lower, upper: colors.upper, scale: colors.scale,
                         length: height, orientation: .vertical).ticks()
    }

    /// Width taken by the bar, its tick labels and its rotated title.
    static func width(tickLabels: [String]) -> Double {
        let widest = tickLabels.map { AxisTicks.labelWidth($0, fontSize: ChartMetrics.tickFontSize) }.max() ?? 0
        return barWidth + ChartMetrics.tickLength + 4 + widest + 8 + ChartMetrics.labelFontSize
    }

    func svg() -> String {
        var out = ["<g class=\"lb-colorbar\">"]
        let step = height / Double(Self.steps)
        for i in 0..<Self.steps {
            // Bottom of the bar is the smallest value, as on a y axis.
            let fraction = (Double(i) + 0.5) / Double(Self.steps)
            let ramp = colors.lowerIsBetter ? 1 - fraction : fraction
            out.append(SVGText.rect(x: x, y: top + height - Double(i + 1) * step - 0.3, width: Self.barWidth,
                                    height: step + 0.6, className: "lb-ramp", extra: " fill=\"\(ColorRamp.hex(at: ramp))\""))
        }
        out.append(SVGText.rect(x: x, y: top, width: Self.barWidth, height: height, className: "lb-frame"))
        var tickPath = ""
        var widest = 0.0
        for t in ticks {
            let y = colors.upper > colors.lower ? top + height * (1 - colors.position(t.value)) : top + height / 2
            let length = t.isMajor ? ChartMetrics.tickLength : ChartMetrics.minorTickLength
            tickPath += "M\(NumberFormat.svgCoordinate.string(x + Self.barWidth)) \(NumberFormat.svgCoordinate.string(y)) h\(NumberFormat.svgCoordinate.string(length)) "
            if let label = t.label {
                widest = max(widest, AxisTicks.labelWidth(label, fontSize: ChartMetrics.tickFontSize))
                out.append(SVGText.text(label, x: x + Self.barWidth + ChartMetrics.tickLength + 3,
                                        y: y + ChartMetrics.tickFontSize * 0.35, className: "lb-tick-label"))
            }
        }
        if !tickPath.isEmpty { out.append("<path class=\"lb-tick\" d=\"\(tickPath.dropLast())\"/>") }
        let labelX = x + Self.barWidth + ChartMetrics.tickLength + 4 + widest + 8 + ChartMetrics.labelFontSize * 0.75
        let midY = top + height / 2
        out.append(SVGText.text(label, x: labelX, y: midY, className: "lb-axis-label", anchor: "middle",
                                extra: " transform=\"rotate(90 \(NumberFormat.svgCoordinate.string(labelX)) \(NumberFormat.svgCoordinate.string(midY)))\""))
        out.append("</g>")
        return out.joined(separator: "\n")
    }
}
