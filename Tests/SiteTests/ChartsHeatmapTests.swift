import Foundation
import Testing
@testable import Site

/// The heatmap's job is to show where the best learning rate sits for each width.
@Suite struct ChartsHeatmapTests {
    static let grid = Heatmap(xLabel: "width", yLabel: "lr", colorLabel: "test_loss",
                              xValues: [64, 128, 256, "relu"], yValues: [1e-4, 1e-3, 1e-2],
                              cells: [[0.50, 0.47, nil, nil],
                                      [0.45, 0.47, 0.40, nil],
                                      [0.60, .nan, 0.39, nil]])

    @Test func bestCellPerColumnFollowsTheDirection() {
        #expect(Self.grid.bestRowPerColumn() == [1, 0, 2, nil])
        var accuracy = Self.grid
        accuracy.lowerIsBetter = false
        #expect(accuracy.bestRowPerColumn() == [2, 0, 1, nil])
    }

    @Test func tiesGoToTheLowerRow() {
        let tie = Heatmap(xLabel: "w", yLabel: "lr", colorLabel: "l", xValues: [1], yValues: [1, 2, 3],
                          cells: [[0.5], [0.4], [0.4]])
        #expect(tie.bestRowPerColumn() == [1])
    }

    @Test func rendersBestMarksMissingCellsAndKeys() throws {
        let svg = SVGHeatmap.render(Self.grid)
        // One outline per column that has a value, plus the legend's sample.
        #expect(svg.components(separatedBy: "class=\"lb-best lb-on-").count - 1 == 3)
        // Three empty cells, a NaN and the short row count as missing: hatched and explained.
        #expect(svg.components(separatedBy: "<rect class=\"lb-missing\"").count - 1 == 5)
        #expect(svg.contains("no result: diverged or missing"))
        #expect(svg.contains(">relu</text>"))
        #expect(svg.contains("best in this column"))
        #expect(svg.contains("lowest test_loss for each width"))
    }

    @Test func ragggedRowsCountAsMissing() {
        let ragged = Heatmap(xLabel: "w", yLabel: "lr", colorLabel: "l", xValues: [1, 2], yValues: [1, 2],
                             cells: [[0.3]])
        #expect(ragged.bestRowPerColumn() == [0, nil])
        #expect(SVGHeatmap.render(ragged).components(separatedBy: "<rect class=\"lb-missing\"").count - 1 == 3)
    }

    @Test func identicalValuesStillDraw() throws {
        let flat = Heatmap(xLabel: "w", yLabel: "lr", colorLabel: "l", xValues: [1, 2], yValues: [1],
                           cells: [[0.4, 0.4]], colorScale: .log)
        let svg = SVGHeatmap.render(flat)
        #expect(!svg.contains("NaN") && !svg.contains("no data"))
        #expect(svg.components(separatedBy: "<rect class=\"lb-cell\"").count - 1 == 2)
    }

    @Test func numericKeysAreWrittenAsConfigurationValues() {
        // As the table beside the heatmap and the directive write them (issue 18).
        #expect(HeatmapGrid.labels([1e-4, 3e-4, 1e-3, 3e-3]) == ["1e-4", "3e-4", "1e-3", "3e-3"])
        #expect(HeatmapGrid.labels([64, "relu"]) == ["64", "relu"])
    }

    @Test func colorsRunFromWorstToBest() {
        let colors = try! #require(HeatmapColors(Self.grid))
        // Lower loss is better, so the smallest value gets the bright end of the ramp.
        #expect(colors.rampFraction(0.39) == 1)
        #expect(colors.rampFraction(0.60) == 0)
        #expect(colors.fill(0.39) == "#fde725")
        #expect(colors.fill(0.60) == "#440154")
    }
}
