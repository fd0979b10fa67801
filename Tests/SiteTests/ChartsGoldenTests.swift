import Foundation
import Testing
@testable import Site

/// Whole-SVG comparisons for fixed charts: any change to the drawing shows up as a diff.
/// After an intended change, rewrite the files with `LABBOOK_UPDATE_GOLDEN=1 swift test
/// --filter ChartsGolden` and read the diff before committing.
@Suite struct ChartsGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// A small heatmap with a missing cell and a tie, so the golden covers hatch and best marks.
    static var smallHeatmap: Heatmap {
        Heatmap(xLabel: "width", yLabel: "lr", colorLabel: "test_loss", xValues: [64, 128, 256],
                yValues: [1e-4, 1e-3, 1e-2],
                cells: [[0.52, 0.47, 0.45], [0.48, 0.41, 0.41], [0.61, 0.44, nil]])
    }

    func check(_ actual: String, against name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LABBOOK_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        Issue.record("""
            \(name) differs from the golden file at line \(line + 1) (\(e.count) lines expected, \(a.count) rendered)
            expected: \(line < e.count ? e[line] : "<end of file>")
            rendered: \(line < a.count ? a[line] : "<end of file>")
            """)
    }

    @Test func widthLawMatchesGolden() throws {
        try check(SVGChart.render(ChartsFixtures.widthLaw), against: "width-law.svg")
    }

    @Test func heatmapMatchesGolden() throws {
        try check(SVGHeatmap.render(Self.smallHeatmap), against: "small-heatmap.svg")
    }

    @Test func renderingIsByteIdentical() {
        #expect(SVGChart.render(ChartsFixtures.widthLaw) == SVGChart.render(ChartsFixtures.widthLaw))
        #expect(SVGHeatmap.render(ChartsFixtures.widthByLearningRate) == SVGHeatmap.render(ChartsFixtures.widthByLearningRate))
    }
}
