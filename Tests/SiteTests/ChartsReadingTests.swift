import Foundation
import Numerics
import Testing
@testable import Site

/// What issue 18 found unreadable in the charts: ends of log axes without labels, the line
/// joining the data drawn like the fitted law, diverged trials only in the caption, heatmap
/// keys written unlike the table beside them.
@Suite struct ChartsReadingTests {
    /// A data-scaling plot as the issue drew it: train_size 250 … 4000, loss 2.3 down to 1.14.
    static var dataScaling: Chart {
        let sizes: [Double] = [250, 500, 1000, 2000, 4000]
        let law = { (n: Double) in 1.0 + 18 * pow(n, -0.6) }
        let points = sizes.map { ChartPoint(x: $0, y: law($0)) }
        let curve = FittedCurve(name: "fit", fittedRange: 250...4000, colorIndex: 0, xScale: .log, function: law)
        return Chart(xLabel: "train_size", yLabel: "test_loss", xScale: .log, yScale: .log,
                     series: [ChartSeries(name: "mlp", points: points, style: .linesAndMarkers)], curves: [curve])
    }

    func tickLabels(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text class=\"lb-tick-label\"").dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) }
        }
    }

    @Test func logAxesLabelTheFirstAndLastDataValues() throws {
        let svg = SVGChart.render(Self.dataScaling)
        let labels = tickLabels(svg)
        #expect(labels.contains("250"), "\(labels)")
        #expect(labels.contains("4000"), "\(labels)")
        let lowest = NumberFormat.label.string(1.0 + 18 * pow(4000, -0.6))
        let highest = NumberFormat.label.string(1.0 + 18 * pow(250, -0.6))
        #expect(labels.contains(lowest), "\(labels) lacks the lowest loss \(lowest)")
        #expect(labels.contains(highest), "\(labels) lacks the highest loss \(highest)")
    }

    @Test func aDataEndNeverCollidesWithAGeneratedLabel() {
        let axis = AxisTicks(lower: 230, upper: 4300, scale: .log, length: 300, orientation: .horizontal, dataEnds: [250, 4000])
        let majors = axis.ticks().filter(\.isMajor)
        #expect(majors.first?.label == "250")
        #expect(majors.last?.label == "4000")
        for (a, b) in zip(majors, majors.dropFirst()) {
            let room = axis.position(b.value) - axis.position(a.value)
            let needed = (AxisTicks.labelWidth(a.label!, fontSize: axis.fontSize) + AxisTicks.labelWidth(b.label!, fontSize: axis.fontSize)) / 2
            #expect(room >= needed, "\(a.label!) and \(b.label!) overlap")
        }
    }

    @Test func linearAxesAreLeftAsTheyWere() {
        let plain = AxisTicks(lower: 0, upper: 3000, scale: .linear, length: 560, orientation: .horizontal)
        var withEnds = plain
        withEnds.dataEnds = [130, 2870]
        #expect(withEnds.ticks() == plain.ticks())
    }

    @Test func theLineJoiningTheDataIsNotDrawnLikeTheFit() {
        let svg = SVGChart.render(Self.dataScaling)
        #expect(svg.contains("<path class=\"lb-line lb-join\""))
        #expect(svg.contains("<path class=\"lb-fit\""))
        let css = ChartStylesheet.css
        #expect(css.contains(".lb-chart .lb-join{stroke-width:1;stroke-opacity:0.45}"))
        #expect(css.contains(".lb-chart .lb-fit{fill:none;stroke:currentColor;stroke-width:2.4"))
        // A learning curve is the data itself: its line keeps the full weight.
        #expect(!SVGChart.render(ChartsFixtures.learningCurves).contains("class=\"lb-line lb-join\""))
    }

    @Test func divergedTrialsAreMarkedOnThePlot() {
        var chart = Self.dataScaling
        chart.series[0].diverged = [DivergedMark(x: 4000, label: "mlp · train_size = 4000: 1 of 3 seeds diverged")]
        let svg = SVGChart.render(chart)
        #expect(svg.contains("<path class=\"lb-diverged\""))
        #expect(svg.contains("<title>mlp · train_size = 4000: 1 of 3 seeds diverged</title>"))
        #expect(svg.contains(">diverged (no value)</text>"), "the legend explains the mark")
        #expect(!SVGChart.render(Self.dataScaling).contains("class=\"lb-diverged\""))
    }

    @Test func heatmapKeysAreWrittenAsConfigurationValues() {
        let map = Heatmap(xLabel: "width", yLabel: "lr", colorLabel: "test_loss",
                          xValues: [64, 128], yValues: [HeatmapKey(1e-4), HeatmapKey(1e-3), HeatmapKey(0.5)],
                          cells: [[1, 2], [3, 4], [5, 6]])
        let labels = tickLabels(SVGHeatmap.render(map))
        #expect(labels.contains("1e-3"), "\(labels)")
        #expect(labels.contains("1e-4"))
        #expect(labels.contains("0.5"))
        #expect(labels.contains("64"))
        #expect(!labels.contains { $0.contains("×10") || $0 == "0.001" })
    }
}
