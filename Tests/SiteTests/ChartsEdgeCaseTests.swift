import Foundation
import Numerics
import Testing
@testable import Site

/// Results are messy: diverged trials, a sweep with one width, a log axis with a zero.
/// None of it may crash or put NaN in a page.
@Suite struct ChartsEdgeCaseTests {
    func coordinates(_ svg: String) -> [Double] {
        let pattern = /(?:x|y|x1|y1|x2|y2|cx|cy|width|height)="(-?[0-9.]+)"/
        return svg.matches(of: pattern).compactMap { Double($0.output.1) }
    }

    @Test func nothingDrawableSaysNoData() {
        let svg = SVGChart.render(ChartsFixtures.unusable)
        #expect(svg.contains(">no data</text>"))
        #expect(!svg.contains("class=\"lb-mark"))
        let empty = SVGChart.render(Chart(xLabel: "x", yLabel: "y", series: []))
        #expect(empty.contains(">no data</text>"))
        let emptyHeatmap = SVGHeatmap.render(Heatmap(xLabel: "width", yLabel: "lr", colorLabel: "loss",
                                                      xValues: [64], yValues: [1e-3], cells: [[nil]]))
        #expect(emptyHeatmap.contains(">no data</text>"))
    }

    @Test func singlePointGetsARealAxis() {
        let svg = SVGChart.render(ChartsFixtures.singlePoint)
        #expect(!svg.contains("no data"))
        #expect(svg.contains("<circle class=\"lb-mark\""))
        #expect(coordinates(svg).allSatisfy { $0.isFinite })
        // Two points at the same x on a linear axis: still a real span.
        let stacked = SVGChart.render(Chart(xLabel: "x", yLabel: "y", series: [
            ChartSeries(name: "s", points: [ChartPoint(x: 0, y: 0), ChartPoint(x: 0, y: 0)]),
        ]))
        #expect(!stacked.contains("no data"))
    }

    @Test func unshowableValuesAreSkippedNotDrawn() {
        let chart = Chart(xLabel: "width", yLabel: "loss", xScale: .log, yScale: .log, series: [
            ChartSeries(name: "s", points: [
                ChartPoint(x: 64, y: 0.5, low: -1, high: 0.6), ChartPoint(x: 0, y: 0.4), ChartPoint(x: 128, y: .nan),
                ChartPoint(x: 256, y: 0.3, low: .nan, high: .infinity), ChartPoint(x: -5, y: 0.2),
            ], style: .linesAndMarkers),
        ])
        let svg = SVGChart.render(chart)
        #expect(svg.components(separatedBy: "<circle class=\"lb-mark\"").count - 1 == 2)
        #expect(!svg.contains("NaN") && !svg.contains("inf"))
        let all = coordinates(svg)
        #expect(all.allSatisfy { $0 >= -1 && $0 <= 640 })
    }

    @Test(arguments: [AxisScale.linear, .log])
    func extremeMagnitudesNeitherCrashNorLeakNaN(_ scale: AxisScale) {
        for values in [[1e-310, 1e-300], [1e300, 1.7e308], [-1.7e308, 1.7e308], [5e-324, 1]] {
            let chart = Chart(xLabel: "x", yLabel: "y", xScale: scale, yScale: scale, series: [
                ChartSeries(name: "s", points: values.map { ChartPoint(x: $0, y: $0) }),
            ])
            let svg = SVGChart.render(chart)
            #expect(!svg.contains("NaN") && !svg.contains("inf"), "\(values) on \(scale)")
        }
        #expect(NumberFormat.label.string(5e-324).contains("e-324"))
    }

    @Test func curveLeavingThePlotIsClipped() {
        // A power law without an offset rises steeply at small x: it must stop at the frame.
        let curve = FittedCurve(name: "fit", fittedRange: 0.01...100, colorIndex: 0, xScale: .log) { 1 / ($0 * $0) }
        let chart = Chart(xLabel: "x", yLabel: "y", xScale: .log, yScale: .log, series: [
            ChartSeries(name: "s", points: [ChartPoint(x: 1, y: 1), ChartPoint(x: 10, y: 0.01)]),
        ], curves: [curve])
        let svg = SVGChart.render(chart)
        let paths = svg.matches(of: /class="lb-fit[^"]*" d="([^"]+)"/).map { String($0.output.1) }
        #expect(!paths.isEmpty)
        let ys = paths.flatMap { $0.matches(of: /[ML]-?[0-9.]+ (-?[0-9.]+)/).compactMap { Double($0.output.1) } }
        #expect(ys.allSatisfy { $0 >= 0 && $0 <= 400 })
    }

    @Test func fitIsSolidInsideItsRangeAndDashedBeyond() {
        let svg = SVGChart.render(ChartsFixtures.widthLaw)
        #expect(svg.contains("class=\"lb-fit\" d="))
        #expect(svg.contains("class=\"lb-fit lb-extrapolated\" d="))
        #expect(svg.contains(">extrapolated</text>"))
        #expect(svg.contains(">held out of the fit</text>"))
        #expect(svg.contains("lb-mark lb-hollow"))
        #expect(svg.contains("<path class=\"lb-prediction\""))
    }

    @Test func legendAvoidsDataOrMovesOutside() {
        let svg = SVGChart.render(ChartsFixtures.crowded)
        // The crowded chart has no free corner and no room beside it: it grows a legend below.
        #expect(!svg.contains("class=\"lb-legend-box"))
        #expect(svg.contains("viewBox=\"0 0 420 "))
        #expect(!svg.contains("viewBox=\"0 0 420 300\""))
    }

    @Test func legendGoesBesideWhenEveryCornerHasData() {
        let svg = SVGChart.render(ChartsFixtures.dense)
        #expect(!svg.contains("class=\"lb-legend-box"))
        #expect(svg.contains("viewBox=\"0 0 640 400\""))
        #expect(svg.contains("<title>custom hover text</title>"))
    }

    @Test func loneSeriesHasNoLegend() {
        let svg = SVGChart.render(ChartsFixtures.singlePoint)
        #expect(!svg.contains("class=\"lb-legend"))
    }
}
