import Foundation
import Planning
import Store
import Testing

/// Widths × training lengths. Cost: flops = width²·steps, params = width². test_loss is
/// 10·flops^−0.3 where steps = width²/4 and a factor 1 + k² worse k factors of 4 from that ratio,
/// so the compute-efficient frontier is the diagonal (16, 64), (32, 256), (64, 1024), (128, 4096)
/// and follows the law exactly; a small seed wobble averages out. Seed 2 of width 128 at 64 steps
/// (far off the frontier) diverges. With `learningRates`, lr 1e-2 does 20% better than 1e-3
/// everywhere but diverges for seed 1 at width 32, 256 steps (on the frontier); both learning
/// rates diverge for seed 2 at width 128, 64 steps.
func computeFixture(_ directives: String, learningRates: Bool = false) throws -> FigureFixture {
    try FigureFixture(experiment: """
    id: compute
    dataset: teacher
    train_size: 64
    width: [16, 32, 64, 128]
    steps: [64, 256, 1024, 4096]
    \(learningRates ? "lr: [1e-3, 1e-2]" : "schedule: cosine")
    seeds: 3
    """, directives: directives) { trial in
        let width = trial.sweepValues["width"]!.number!, steps = trial.sweepValues["steps"]!.number!
        let lr = trial.sweepValues["lr"]?.number ?? 1e-3
        if width == 128 && steps == 64 && trial.seed == 2 { return nil }
        if width == 32 && steps == 256 && lr == 1e-2 && trial.seed == 1 { return nil }
        let flops = width * width * steps
        let k = (log(steps / (width * width / 4)) / log(4)).rounded()
        let value = 10 * pow(flops, -0.3) * (1 + k * k) * (lr == 1e-2 ? 0.8 : 1) * (1 + 0.01 * (Double(trial.seed) - 1))
        return ["test_loss": value, "test_acc": 1 - value, "flops": flops, "params": width * width]
    }
}

@Suite struct FrontierFigureTests {
    static let frontierPlot = """
    ```plot
    id: compute-frontier
    experiment: compute
    x: flops
    y: test_loss
    series: width
    scale: log-log
    fit: frontier
    caption: Test loss against training compute, one line per width.
    ```
    """

    @Test func theFrontierLawRecoversItsExponentAndNamesItsConfigurations() throws {
        let fixture = try computeFixture(Self.frontierPlot + """


        Loss falls as compute to the power −{{< value "compute-frontier.b" >}} \
        ({{< value "compute-frontier.b.interval" >}}) over {{< value "compute-frontier.frontier" >}} configurations.
        """)
        let page = fixture.page(fixture.cleanBuild())
        #expect(page.contains("Loss falls as compute to the power −<span class=\"value\">0.3</span>"))
        #expect(page.contains("over <span class=\"value\">4</span> configurations"))
        #expect(page.contains("Frontier: the 4 of 16 configurations whose mean test_loss is lower than that of every one at the same or smaller flops (1 in which a seed diverged is never chosen): width=16 steps=64 (flops 16384); width=32 steps=256 (flops 262144); width=64 steps=1024 (flops 4194304); width=128 steps=4096 (flops 6.711e+07)."))
        #expect(page.contains("Fit (frontier): <span class=\"katex\">"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">L = "))
        #expect(page.contains("95% intervals (t on log residuals at 4 values of flops, 2 df; 3 seeds, widened by 200 resamples of the seeds)"))
        #expect(page.contains("Each resample of the seeds chooses the frontier again"))
        // One line per width, the frontier in a colour and marker of its own, one law through it.
        #expect(page.contains("<svg"))
        #expect(page.occurrences(of: "<path class=\"lb-fit\"") == 1)
        #expect(page.contains("width=16; width=32; width=64; width=128; frontier; test_loss = "), "the chart's description lists every line")
        #expect(page.contains("<title>frontier · width=32 steps=256 · flops = 262144: test_loss 0.2368, 3 seeds</title>"))
        #expect(page.contains("<title>width=16 · steps=4096 · flops = 1048576: test_loss "), "every configuration is a point")
    }

    @Test func aFrontierWithAnOffsetQuotesItsFloor() throws {
        // The fixture's frontier is a pure power law, so the fitted floor runs into its bound, 0, and b = 0.3.
        let fixture = try computeFixture(Self.frontierPlot.replacingOccurrences(of: "fit: frontier", with: "fit: frontier+offset") + """


        Floor {{< value "compute-frontier.E" >}}, exponent {{< value "compute-frontier.b" >}}.
        """)
        let page = fixture.page(fixture.cleanBuild())
        #expect(page.contains("Floor <span class=\"value\">0 (at its bound)</span>"), "a floor that collapsed is said to be at its bound")
        #expect(abs(try #require(page.quotedNumber(after: "exponent ")) - 0.3) < 0.01)
        #expect(page.contains("Fit (frontier): <span class=\"katex\">"))
    }

    @Test func holdingOutTheCostliestFrontierPointChecksTheLaw() throws {
        let fixture = try computeFixture(Self.frontierPlot.replacingOccurrences(of: "fit: frontier", with: "fit: frontier\nholdout: 1") + """


        Held-out error {{< value "compute-frontier.holdout_error" >}}.
        """)
        let page = fixture.page(fixture.cleanBuild())
        #expect(try #require(page.quotedNumber(after: "Held-out error ")) < 1e-3)
        #expect(page.contains("Held out of the fit: width=128 steps=4096 (flops 6.711e+07): observed 0.04487, predicted 0.04487"))
        #expect(page.contains("fitted on flops from 16384 to 4194304"))
    }

    @Test func underBestOverTheFrontierChoosesTheLearningRateTooButNeverADivergedOne() throws {
        let fixture = try computeFixture(Self.frontierPlot.replacingOccurrences(of: "fit: frontier", with: "fit: frontier\nbest_over: lr"),
                                         learningRates: true)
        let page = fixture.page(fixture.cleanBuild())
        #expect(page.contains("Frontier: the 4 of 32 configurations whose mean test_loss is lower than that of every one at the same or smaller flops (3 in which a seed diverged are never chosen): width=16 steps=64 lr=1e-2 (flops 16384); width=32 steps=256 lr=1e-3 (flops 262144); width=64 steps=1024 lr=1e-2 (flops 4194304); width=128 steps=4096 lr=1e-2 (flops 6.711e+07)."))
        #expect(page.contains("<title>width=32 · steps=256 · flops = 262144: test_loss 0.2368 ± 0.0024 (std), 3 seeds, best lr = 1e-3 (edge of the sweep)</title>"))
    }

    @Test func aSweptTrainingLengthMovesPointsAlongFlopsButNotAlongWidthOrParams() throws {
        let fixture = try computeFixture("""
        ```plot
        id: plain
        experiment: compute
        x: flops
        y: test_loss
        series: width
        ```

        ```plot
        experiment: compute
        x: width
        y: test_loss
        ```

        ```plot
        experiment: compute
        x: params
        y: test_loss
        series: width
        ```

        At the least compute: {{< value "plain.16.at.16384" >}}.
        """)
        let (site, diagnostics) = fixture.build()
        // 10·16384^-0.3 = 0.5441, the mean of the three seeds.
        #expect(fixture.page(site).contains("At the least compute: <span class=\"value\">0.5441</span>"))
        #expect(diagnostics.map(\.description) == [
            "notes/widths.md:26:4: error: experiment 'compute' also sweeps 'steps': name it in 'series', 'best_over' or 'where'",
            "notes/widths.md:32:4: error: steps=64 and steps=256 both have params = 256 in 'width=16': 'steps' does not change params, so name it in 'series', 'best_over' or 'where'",
        ])
    }

    @Test func specErrorsAreAtTheirKeys() throws {
        let fixture = try computeFixture("""
        ```plot
        experiment: compute
        x: flops
        y: test_loss
        fit: frontir
        ```

        ```plot
        experiment: compute
        x: step
        y: test_loss
        fit: frontier
        ```
        """)
        #expect(fixture.build().diagnostics.map(\.description) == [
            "notes/widths.md:20:6: error: 'fit' must be one of none, power-law, power-law+offset, optimal-lr, frontier, frontier+offset, chinchilla, got 'frontir'; did you mean 'frontier'?",
            "notes/widths.md:27:6: error: learning curves (x: step) are not fitted",
        ])
    }
}
