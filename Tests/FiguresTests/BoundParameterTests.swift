import Foundation
import Planning
import Store
import Testing

/// A parameter the fit pressed against its bound is not an estimate: it is said to be at its
/// bound, the law is quoted without it, and no estimate is printed outside its own interval.
@Suite struct BoundParameterTests {
    @Test func anOffsetThatCollapsesToZeroIsSaidToBeAtItsBound() throws {
        // A pure power law, 2·x^−0.5 (±1% by seed): the best E is 0, at the edge of [0, y_min).
        let fixture = try FigureFixture(experiment: """
        id: sizes
        dataset: teacher
        train_size: [100, 200, 400, 800, 1600, 3200]
        seeds: 3
        """, directives: """
        ```plot
        id: law
        experiment: sizes
        x: train_size
        y: test_loss
        scale: log-log
        fit: power-law+offset
        ```

        The floor is {{< value "law.E" >}} {{< value "law.E.interval" >}}; b = {{< value "law.b" >}}.
        """) { trial in
            let n = trial.sweepValues["train_size"]!.number!
            return ["test_loss": 2 * pow(n, -0.5) * (1 + 0.01 * (Double(trial.seed) - 1))]
        }
        let page = fixture.page(fixture.cleanBuild())
        #expect(page.contains("The floor is <span class=\"value\">0 (at its bound)</span>"), "\(page)")
        #expect(page.contains("at its bound ("), "the caption says so")
        #expect(page.contains("so the law is quoted without it"))
        // The law is written without E: L = A·x^(−b), no "+" term.
        #expect(page.contains("annotation encoding=\"application/x-tex\">L = 2") || page.contains(">L = 2"), "\(page)")
        let b = try #require(page.quotedNumber(after: "b = "))
        #expect(abs(b - 0.5) < 0.02)
    }
}
