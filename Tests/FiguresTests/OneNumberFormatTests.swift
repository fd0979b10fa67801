import Foundation
import Testing

/// A swept value is written one way on a page (`1e-3`): in the heatmap's keys, the table's rows,
/// the hover text and the experiment box, so a reader can match them up.
@Suite struct OneNumberFormatTests {
    @Test func aHeatmapAndTheTableBesideItWriteTheLearningRateAlike() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        id: grid
        experiment: width
        x: width
        y: lr
        color: test_loss
        ```

        ```table
        experiment: width
        rows: [width, lr]
        columns: [test_loss]
        where: {width: 512}
        ```
        """)
        let page = fixture.page(fixture.cleanBuild())
        #expect(page.contains("<th scope=\"row\" class=\"key\">1e-3</th>"))
        #expect(page.contains("anchor=\"end\">1e-3</text>"), "the heatmap's lr key")
        #expect(page.contains("lr = 1e-3: test_loss"), "the cell's hover text")
        #expect(!page.contains(">0.001<") && !page.contains("10⁻³"))
    }

    @Test func divergedTrialsAreMarkedOnTheirPlot() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        id: law
        experiment: width
        x: width
        y: test_loss
        best_over: lr
        scale: log-log
        ```
        """)
        let page = fixture.page(fixture.cleanBuild())
        // lr = 0.1 (written 1e-1) diverges at every width: one mark per width.
        #expect(page.occurrences(of: "<path class=\"lb-diverged\" d=") == 6 + 1, "six widths and the legend's sample")
        #expect(page.contains("<title>test_loss · width = 512: diverged at lr 0.1 (never chosen)</title>"))
    }
}
