/// Draws a `Heatmap`: one coloured cell per pair of swept values, the value written in the cell
/// when it fits, hatched cells where there is no result, and the best cell of each column
/// outlined. Same envelope, stylesheet and dark-mode behaviour as `SVGChart`.
package enum SVGHeatmap {
    package static func render(_ heatmap: Heatmap) -> String {
        let accessible = heatmap.title ?? "\(heatmap.colorLabel) over \(heatmap.xLabel) × \(heatmap.yLabel)"
        let columns = heatmap.xValues.count, rows = heatmap.yValues.count
        guard columns > 0, rows > 0, let colors = HeatmapColors(heatmap) else {
            return ChartEnvelope.noData(width: heatmap.width, height: heatmap.height, title: heatmap.title,
                                        accessibleTitle: accessible, xLabel: heatmap.xLabel, yLabel: heatmap.yLabel)
        }
        let grid = HeatmapGrid(heatmap: heatmap, colors: colors)
        var body = [grid.cells(), grid.keys(), grid.colorBar().svg(), grid.legend()]
        if let title = heatmap.title { body.append(ChartEnvelope.heading(title, x: grid.left)) }
        let missing = (0..<rows).flatMap { r in (0..<columns).filter { heatmap.value(row: r, column: $0) == nil } }.count
        let summary = "\(heatmap.colorLabel) for \(columns) values of \(heatmap.xLabel) × \(rows) values of \(heatmap.yLabel)"
            + (missing > 0 ? ", \(missing) cells \(heatmap.missingLabel)" : "")
        return ChartEnvelope.wrap(body.joined(separator: "\n"), width: heatmap.width, height: heatmap.height,
                                  accessibleTitle: accessible, summary: summary)
    }
}
