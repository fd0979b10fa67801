import Analysis
import Engine
import Numerics
import Planning
import Site
import Store

extension PlotFigure {
    /// Learning curves: one line per configuration, the spread over seeds as a band.
    static func learningCurves(_ spec: PlotSpec, data: PlotData) -> FigureOutput {
        var csv = "series,step,seed,\(spec.y)\n"
        let series = data.series.enumerated().map { index, line -> ChartSeries in
            let points = line.points.map { point -> ChartPoint in
                let summary = SeedSummary(point.values.map(\.y))!
                let (low, high) = spread(summary, error: spec.error)
                for value in point.values { csv += "\(CSVField.quoted(line.name)),\(Int(point.x)),\(value.seed),\(value.y)\n" }
                return ChartPoint(x: point.x, y: summary.mean, low: low, high: high,
                                  label: "\(line.name) · step \(Int(point.x)): \(spec.y) \(NumberFormat.quoted.string(summary.mean)), \(summary.n) seed\(summary.n == 1 ? "" : "s")")
            }
            return ChartSeries(name: line.name, points: points, style: .lines, band: true, colorIndex: index)
        }
        let chart = Chart(xLabel: "step", yLabel: axisLabel(spec), xScale: axis(spec.xScale), yScale: axis(spec.yScale), series: series)
        return FigureOutput(svg: SVGChart.render(chart), notes: "", csv: csv)
    }

    /// Two swept keys against a metric, the best cell of each column marked.
    static func heatmap(_ spec: PlotSpec, data: HeatmapData) -> FigureOutput {
        let metric = spec.color ?? spec.y
        func key(_ value: ConfigValueLabel) -> HeatmapKey {
            if let number = value.number { return HeatmapKey(number, label: value.text) }
            return HeatmapKey(value.text)
        }
        let map = Heatmap(xLabel: spec.x, yLabel: spec.y, colorLabel: metric,
                          xValues: data.xValues.map { key(ConfigValueLabel($0)) }, yValues: data.yValues.map { key(ConfigValueLabel($0)) },
                          cells: data.cells, colorScale: axis(spec.yScale == .log && spec.xScale == .log ? .log : .linear),
                          lowerIsBetter: !spec.vocabulary.higherIsBetter(metric))
        var csv = "\(spec.x),\(spec.y),\(metric) (mean over seeds)\n"
        for (row, y) in data.yValues.enumerated() {
            for (column, x) in data.xValues.enumerated() {
                csv += "\(CSVField.quoted(x.description)),\(CSVField.quoted(y.description)),\(data.cells[row][column].map { String($0) } ?? "")\n"
            }
        }
        var notes = "Each cell is the mean of \(metric) over seeds; the best cell of each column is marked."
        if data.counts.diverged + data.counts.missing + data.counts.failed > 0 {
            notes += " Blank cells have no finite result (diverged, failed or not run)."
        }
        return FigureOutput(svg: SVGHeatmap.render(map), notes: notes, csv: csv)
    }
}

/// A configuration value as a heatmap axis label: its number when it is one.
struct ConfigValueLabel {
    var number: Double?
    var text: String
    init(_ value: ConfigValue) {
        number = value.number
        text = value.description
    }
}
