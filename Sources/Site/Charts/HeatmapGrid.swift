import Numerics

/// The layout and cells of a heatmap: keys along the left and bottom, the colour bar on the
/// right, and a key for the marks (best per column, no result) under the x axis title.
struct HeatmapGrid: Sendable {
    var heatmap: Heatmap
    var colors: HeatmapColors
    var xLabels: [String]
    var yLabels: [String]
    var left: Double
    var top: Double
    var width: Double
    var height: Double

    static let legendHeight = 20.0

    init(heatmap: Heatmap, colors: HeatmapColors) {
        self.heatmap = heatmap
        self.colors = colors
        xLabels = Self.labels(heatmap.xValues)
        yLabels = Self.labels(heatmap.yValues)
        let widestY = yLabels.map { AxisTicks.labelWidth($0, fontSize: ChartMetrics.tickFontSize) }.max() ?? 0
        left = ChartLayout.outerPadding + ChartMetrics.labelFontSize + 10 + widestY + 6
        top = ChartLayout.outerPadding + (heatmap.title == nil ? 4 : ChartLayout.titleHeight)
        let barLabels = HeatmapColorBar(colors: colors, label: "", x: 0, top: 0, height: 200).ticks.compactMap(\.label)
        let right = 16 + HeatmapColorBar.width(tickLabels: barLabels) + ChartLayout.outerPadding
        width = max(40, heatmap.width - left - right)
        height = max(40, heatmap.height - top - ChartLayout.bottomMargin - Self.legendHeight)
    }

    /// Keys are configuration values, written the one way they are written everywhere else.
    static func labels(_ keys: [HeatmapKey]) -> [String] {
        keys.map(\.label)
    }

    var cellWidth: Double { width / Double(heatmap.xValues.count) }
    var cellHeight: Double { height / Double(heatmap.yValues.count) }

    func cellOrigin(row: Int, column: Int) -> (x: Double, y: Double) {
        (left + Double(column) * cellWidth, top + height - Double(row + 1) * cellHeight)
    }

    func cells() -> String {
        var out = ["<g class=\"lb-cells\">"]
        let best = heatmap.bestRowPerColumn()
        let valueFont = ChartMetrics.cellFontSize
        for row in heatmap.yValues.indices {
            for column in heatmap.xValues.indices {
                let (x, y) = cellOrigin(row: row, column: column)
                let place = "\(heatmap.xLabel) = \(xLabels[column]), \(heatmap.yLabel) = \(yLabels[row])"
                guard let value = heatmap.value(row: row, column: column) else {
                    let title = SVGText.title("\(place): no result (\(heatmap.missingLabel))")
                    out.append(SVGText.rect(x: x, y: y, width: cellWidth, height: cellHeight, className: "lb-missing", children: title))
                    out.append(hatch(x: x, y: y, width: cellWidth, height: cellHeight))
                    continue
                }
                let isBest = best[column] == row
                let title = SVGText.title("\(place): \(heatmap.colorLabel) = \(NumberFormat.hover.string(value))"
                    + (isBest ? ", best in this column" : ""))
                out.append(SVGText.rect(x: x, y: y, width: cellWidth, height: cellHeight, className: "lb-cell",
                                        extra: " fill=\"\(colors.fill(value))\"", children: title))
                let text = NumberFormat.cell.string(value)
                if AxisTicks.labelWidth(text, fontSize: valueFont) <= cellWidth - 6, cellHeight >= valueFont + 4 {
                    out.append(SVGText.text(text, x: x + cellWidth / 2, y: y + cellHeight / 2 + valueFont * 0.35,
                                            className: "lb-cell-value \(colors.inkClass(value))", anchor: "middle",
                                            extra: " pointer-events=\"none\""))
                }
                if isBest {
                    out.append(SVGText.rect(x: x + 1.5, y: y + 1.5, width: cellWidth - 3, height: cellHeight - 3,
                                            className: "lb-best \(colors.inkClass(value))", extra: " pointer-events=\"none\""))
                }
            }
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }

    /// Diagonal lines across a cell, spaced 5 px, computed inside the cell (no pattern ids).
    func hatch(x: Double, y: Double, width: Double, height: Double) -> String {
        var d = ""
        var offset = 5.0
        while offset < width + height {
            // The line x' + y' = offset, in cell coordinates, cut to the cell.
            let start = (x: min(offset, width), y: offset - min(offset, width))
            let end = (x: offset - min(offset, height), y: min(offset, height))
            d += "M\(NumberFormat.svgCoordinate.string(x + start.x)) \(NumberFormat.svgCoordinate.string(y + start.y)) L\(NumberFormat.svgCoordinate.string(x + end.x)) \(NumberFormat.svgCoordinate.string(y + end.y)) "
            offset += 5
        }
        return d.isEmpty ? "" : "<path class=\"lb-hatch\" d=\"\(d.dropLast())\" pointer-events=\"none\"/>"
    }

    /// Key labels along both axes, every k-th when they would otherwise overlap, and axis titles.
    func keys() -> String {
        var out = ["<g class=\"lb-axes\">"]
        let xStride = Self.stride(count: xLabels.count) { k in
            let kept = Swift.stride(from: 0, to: xLabels.count, by: k).map { $0 }
            let widest = kept.map { AxisTicks.labelWidth(xLabels[$0], fontSize: ChartMetrics.tickFontSize) }.max() ?? 0
            return widest + 6 <= cellWidth * Double(k)
        }
        let yStride = Self.stride(count: yLabels.count) { k in cellHeight * Double(k) >= ChartMetrics.tickFontSize + 2 }
        let labelY = top + height + ChartMetrics.tickLength + 4 + ChartMetrics.tickFontSize
        for (i, label) in xLabels.enumerated() where i % xStride == 0 {
            out.append(SVGText.text(label, x: left + (Double(i) + 0.5) * cellWidth, y: labelY, className: "lb-tick-label", anchor: "middle"))
        }
        for (i, label) in yLabels.enumerated() where i % yStride == 0 {
            let y = top + height - (Double(i) + 0.5) * cellHeight + ChartMetrics.tickFontSize * 0.35
            out.append(SVGText.text(label, x: left - 6, y: y, className: "lb-tick-label", anchor: "end"))
        }
        let xTitleY = labelY + 10 + ChartMetrics.labelFontSize
        out.append(SVGText.text(heatmap.xLabel, x: left + width / 2, y: xTitleY, className: "lb-axis-label", anchor: "middle"))
        let yX = ChartLayout.outerPadding + ChartMetrics.labelFontSize, midY = top + height / 2
        out.append(SVGText.text(heatmap.yLabel, x: yX, y: midY, className: "lb-axis-label", anchor: "middle",
                                extra: " transform=\"rotate(-90 \(NumberFormat.svgCoordinate.string(yX)) \(NumberFormat.svgCoordinate.string(midY)))\""))
        out.append("</g>")
        return out.joined(separator: "\n")
    }

    static func stride(count: Int, fits: (Int) -> Bool) -> Int {
        (1...max(1, count)).first(where: fits) ?? max(1, count)
    }

    func colorBar() -> HeatmapColorBar {
        HeatmapColorBar(colors: colors, label: heatmap.colorLabel, x: left + width + 16, top: top, height: height)
    }

    /// One row under the x axis title: the best-cell outline, and the hatch when cells are missing.
    func legend() -> String {
        let y = heatmap.height - ChartLayout.outerPadding - 12
        var x = left
        var out = ["<g class=\"lb-legend\">"]
        let better = heatmap.lowerIsBetter ? "lowest" : "highest"
        let bestText = "\(better) \(heatmap.colorLabel) for each \(heatmap.xLabel)"
        out.append(SVGText.rect(x: x, y: y, width: 12, height: 12, className: "lb-best lb-best-sample"))
        out.append(SVGText.text(bestText, x: x + 18, y: y + 10, className: "lb-legend-text"))
        x += 18 + AxisTicks.labelWidth(bestText, fontSize: ChartMetrics.legendFontSize) + 20
        let anyMissing = heatmap.yValues.indices.contains { r in heatmap.xValues.indices.contains { heatmap.value(row: r, column: $0) == nil } }
        if anyMissing {
            out.append(SVGText.rect(x: x, y: y, width: 12, height: 12, className: "lb-missing lb-frame-missing"))
            out.append(hatch(x: x, y: y, width: 12, height: 12))
            out.append(SVGText.text("no result: \(heatmap.missingLabel)", x: x + 18, y: y + 10, className: "lb-legend-text"))
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }
}
