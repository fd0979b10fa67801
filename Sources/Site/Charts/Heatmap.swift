/// A metric over a grid of two swept keys (width × lr), one cell per pair, with the best cell
/// of each column marked: the "best lr per width" picture. `SVGHeatmap.render` draws it.
package struct Heatmap: Sendable, Hashable {
    package var title: String?
    package var xLabel: String
    package var yLabel: String
    /// Names the colour, e.g. `test_loss`.
    package var colorLabel: String
    /// Column keys, left to right.
    package var xValues: [HeatmapKey]
    /// Row keys, bottom to top.
    package var yValues: [HeatmapKey]
    /// `cells[row][column]`, rows in `yValues` order. nil is a trial with no usable result
    /// (diverged or not run): drawn hatched and explained in the legend.
    package var cells: [[Double?]]
    package var colorScale: AxisScale
    /// Which end of the metric is better; the best cell of each column is outlined.
    package var lowerIsBetter: Bool
    /// Legend text for cells without a value.
    package var missingLabel: String
    package var width: Double
    package var height: Double

    package init(title: String? = nil, xLabel: String, yLabel: String, colorLabel: String,
                xValues: [HeatmapKey], yValues: [HeatmapKey], cells: [[Double?]],
                colorScale: AxisScale = .linear, lowerIsBetter: Bool = true,
                missingLabel: String = "diverged or missing",
                width: Double = 640, height: Double = 400) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.colorLabel = colorLabel
        self.xValues = xValues
        self.yValues = yValues
        self.cells = cells
        self.colorScale = colorScale
        self.lowerIsBetter = lowerIsBetter
        self.missingLabel = missingLabel
        self.width = width
        self.height = height
    }

    /// The cell at `row`, `column`, treating absent and non-finite values as missing.
    func value(row: Int, column: Int) -> Double? {
        guard row < cells.count, column < cells[row].count, let v = cells[row][column], v.isFinite
        else { return nil }
        return v
    }

    /// For each column, the row of its best value, or nil when the column has no values.
    /// Ties go to the lower row, so the mark never moves between identical builds.
    package func bestRowPerColumn() -> [Int?] {
        (0..<xValues.count).map { column in
            var best: (row: Int, value: Double)?
            for row in 0..<yValues.count {
                guard let v = value(row: row, column: column) else { continue }
                if let b = best, lowerIsBetter ? v >= b.value : v <= b.value { continue }
                best = (row, v)
            }
            return best?.row
        }
    }
}
