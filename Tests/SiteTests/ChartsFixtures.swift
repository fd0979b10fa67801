import Foundation
@testable import Site

/// Fixed charts in the shape of the seed notes' figures, shared by the golden, XML and preview
/// tests. The numbers are made up but deterministic (formulas, no random generator).
enum ChartsFixtures {
    static let widths: [Double] = [64, 128, 256, 512, 1024, 2048]

    /// Seed 004's picture: test loss against width, best lr per width with a power law + offset
    /// fitted to all but the largest width, extrapolated to 8192; a fixed lr drifting away.
    static var widthLaw: Chart {
        let law = { (x: Double) in 0.28 + 2.1 * pow(x, -0.45) }
        let best = widths.enumerated().map { i, w in
            let y = law(w) * (1 + 0.012 * sin(Double(i) * 1.7)) + (w == 2048 ? 0.012 : 0)
            return ChartPoint(x: w, y: y, low: y - 0.006 - 0.002 * Double(i % 3), high: y + 0.007,
                              hollow: w == 2048)
        }
        let fixed = widths.map { w in
            ChartPoint(x: w, y: law(w) + 0.00004 * w)
        }
        let curve = FittedCurve(name: "fit: L = 0.28 + 2.1·x^−0.45", fittedRange: 64...1024,
                                extrapolatedRange: 64...8192, colorIndex: 0, xScale: .log, function: law)
        return Chart(title: "Test loss against width", xLabel: "width", yLabel: "test_loss",
                     xScale: .log, yScale: .log,
                     series: [ChartSeries(name: "best lr per width", points: best),
                              ChartSeries(name: "lr = 3×10⁻⁴ (fixed)", points: fixed, style: .linesAndMarkers)],
                     curves: [curve])
    }

    /// The width law with the swept widths as the x ticks.
    static var widthTicks: Chart {
        var chart = widthLaw
        chart.title = nil
        chart.xTicks = widths + [4096, 8192]
        chart.width = 480
        chart.height = 320
        return chart
    }

    /// Learning curves: one line per width, loss on a log axis, a band of ±1 std over seeds.
    static var learningCurves: Chart {
        let series = [64.0, 256, 1024, 4096].enumerated().map { i, w in
            let points = stride(from: 0.0, through: 3000, by: 100).map { step in
                let y = 0.3 + 0.25 * pow(w, -0.2) + 2.0 * exp(-step / (300 + 80 * Double(i)))
                let spread = 0.02 + 0.1 * exp(-step / 500)
                return ChartPoint(x: step, y: y, low: y * (1 - spread), high: y * (1 + spread))
            }
            return ChartSeries(name: "width \(Int(w))", points: points, style: .lines, band: true)
        }
        return Chart(xLabel: "step", yLabel: "val_loss", xScale: .linear, yScale: .log, series: series)
    }

    /// Seed 004's 12 × 12 grid: widths 16 … 32768 against 12 learning rates; the best lr moves
    /// down as width grows, and the largest widths diverge at the largest rates.
    static var widthByLearningRate: Heatmap {
        let widths = (0..<12).map { pow(2.0, Double($0 + 4)) }
        let rates = (0..<12).map { 1e-5 * pow(10, Double($0) / 3) }
        let cells: [[Double?]] = rates.enumerated().map { r, lr in
            widths.enumerated().map { c, w in
                let bestLog = -2.2 - 0.25 * log2(w / 16) / 3
                let distance = log10(lr) - bestLog
                if distance > 1.1 && c + r > 14 { return nil }
                return 0.3 + 1.2 * pow(w, -0.3) + 0.25 * distance * distance
            }
        }
        return Heatmap(title: "Test loss over width × learning rate", xLabel: "width", yLabel: "lr",
                       colorLabel: "test_loss", xValues: widths.map { HeatmapKey($0) }, yValues: rates.map { HeatmapKey($0) },
                       cells: cells, colorScale: .log)
    }

    /// A crowded small chart: many series, long names, values near zero and negative.
    static var crowded: Chart {
        let series = (0..<8).map { s in
            ChartSeries(name: "seed \(s) with a long descriptive name", points: (0..<40).map { i in
                ChartPoint(x: Double(i) * 2.5e4, y: sin(Double(i + s) / 4) * 1e-4)
            }, style: s % 2 == 0 ? .linesAndMarkers : .markers)
        }
        return Chart(xLabel: "flops", yLabel: "gradient norm change", series: series, width: 420, height: 300)
    }

    /// Points in every corner, so the legend has to go beside the plot.
    static var dense: Chart {
        let series = (0..<3).map { s in
            ChartSeries(name: "seed \(s)", points: (0..<60).map { i in
                let x = Double((i * 37 + s * 11) % 60) + 1
                let y = Double((i * 23 + s * 7) % 50) / 10 + 0.1
                return ChartPoint(x: x, y: y, label: i == 0 ? "custom hover text" : nil)
            })
        }
        return Chart(title: "Seeds scattered everywhere", xLabel: "epoch", yLabel: "score", series: series)
    }

    /// Nothing drawable at all: NaN, infinities, and non-positive values on log axes.
    static var unusable: Chart {
        Chart(xLabel: "width", yLabel: "test_loss", xScale: .log, yScale: .log,
              series: [ChartSeries(name: "diverged", points: [
                  ChartPoint(x: .nan, y: 1), ChartPoint(x: 64, y: .infinity), ChartPoint(x: 0, y: 0.5),
                  ChartPoint(x: 128, y: -1),
              ])])
    }

    static var singlePoint: Chart {
        Chart(xLabel: "width", yLabel: "test_loss", xScale: .log, yScale: .log,
              series: [ChartSeries(name: "one trial", points: [ChartPoint(x: 128, y: 0.41, low: 0.4, high: 0.42)])])
    }

    static var all: [(name: String, svg: String)] {
        [
            ("width-law", SVGChart.render(widthLaw)),
            ("learning-curves", SVGChart.render(learningCurves)),
            ("width-ticks", SVGChart.render(widthTicks)),
            ("width-by-lr", SVGHeatmap.render(widthByLearningRate)),
            ("crowded", SVGChart.render(crowded)),
            ("dense", SVGChart.render(dense)),
            ("unusable", SVGChart.render(unusable)),
            ("single-point", SVGChart.render(singlePoint)),
        ]
    }
}
