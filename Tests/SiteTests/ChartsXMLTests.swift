import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Site

/// Every chart is well-formed XML that a page can inline: an `<svg>` root with a viewBox, an
/// accessible name, no NaN or infinity anywhere, and hover text on every drawn point.
@Suite struct ChartsXMLTests {
    @Test(arguments: ChartsFixtures.all.map(\.name))
    func parsesAsSVG(_ name: String) throws {
        let svg = ChartsFixtures.all.first { $0.name == name }!.svg
        let document = try XMLDocument(data: Data(svg.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        let attributes = Dictionary(uniqueKeysWithValues: (root.attributes ?? []).map { ($0.localName ?? $0.name ?? "", $0.stringValue ?? "") })
        #expect(attributes["viewBox"]?.hasPrefix("0 0 ") == true, "\(attributes)")
        #expect(attributes["role"] == "img")
        #expect(root.elements(forName: "title").count == 1)
        for bad in ["NaN", "nan", "inf"] {
            #expect(!svg.contains("\"\(bad)") && !svg.contains(" \(bad)"), "\(name) contains \(bad)")
        }
    }

    @Test func everyPointHasHoverText() throws {
        let chart = ChartsFixtures.widthLaw
        let document = try XMLDocument(data: Data(SVGChart.render(chart).utf8))
        let marks = try document.nodes(forXPath: "//*[contains(@class, 'lb-mark') or contains(@class, 'lb-hover')]")
            .compactMap { $0 as? XMLElement }
            .filter { $0.elements(forName: "title").count == 1 }
        // Legend samples carry no title; every data point does.
        #expect(marks.count == chart.series.map(\.points.count).reduce(0, +))
        let learning = try XMLDocument(data: Data(SVGChart.render(ChartsFixtures.learningCurves).utf8))
        let targets = try learning.nodes(forXPath: "//*[contains(@class, 'lb-hover')]/*[local-name()='title']")
        #expect(targets.count == ChartsFixtures.learningCurves.series.map(\.points.count).reduce(0, +))
    }

    @Test func textIsEscaped() throws {
        let chart = Chart(title: "loss < 1 & \"fast\"", xLabel: "a<b", yLabel: "c&d",
                          series: [ChartSeries(name: "<script>", points: [ChartPoint(x: 1, y: 2), ChartPoint(x: 2, y: 3)])])
        let svg = SVGChart.render(chart)
        _ = try XMLDocument(data: Data(svg.utf8))
        #expect(!svg.contains("<script>"))
    }
}
