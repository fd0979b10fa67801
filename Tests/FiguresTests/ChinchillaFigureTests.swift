import Foundation
import Planning
import Store
import Testing

/// Widths × training lengths whose loss follows L(N, D) = 0.2 + 40/N^0.5 + 6/D^0.4 exactly, with
/// N = params = 10·width² and D = steps, times a ±1% seed wobble that averages out.
func chinchillaFixture(_ directives: String) throws -> FigureFixture {
    try FigureFixture(experiment: """
    id: grid
    dataset: teacher
    train_size: 64
    width: [16, 32, 64, 128]
    steps: [100, 400, 1600, 6400]
    seeds: 3
    """, directives: directives) { trial in
        let width = trial.sweepValues["width"]!.number!, steps = trial.sweepValues["steps"]!.number!
        let params = 10 * width * width
        let loss = 0.2 + 40 / pow(params, 0.5) + 6 / pow(steps, 0.4)
        return ["test_loss": loss * (1 + 0.01 * (Double(trial.seed) - 1)), "params": params, "flops": params * steps]
    }
}

@Suite struct ChinchillaFigureTests {
    @Test func oneLawOverEveryWidthRecoversItsExponents() throws {
        let fixture = try chinchillaFixture("""
        ```plot
        id: law
        experiment: grid
        x: steps
        y: test_loss
        series: width
        scale: log-log
        fit: chinchilla
        ```

        α = {{< value "law.alpha" >}}, β = {{< value "law.beta" >}}, E = {{< value "law.E" >}}; size share {{< value "law.size_exponent" >}}, residual {{< value "law.residual" >}}; at width 16 and 100 steps {{< value "law.16.at.100" >}}.
        """)
        let page = fixture.page(fixture.cleanBuild())
        func quoted(_ prefix: String) throws -> Double { try #require(page.quotedNumber(after: prefix + " ")) }
        #expect(abs(try quoted("α =") - 0.5) < 0.02)
        #expect(abs(try quoted("β =") - 0.4) < 0.02)
        #expect(abs(try quoted("E =") - 0.2) < 0.01)
        // β/(α+β) = 0.4/0.9.
        #expect(abs(try quoted("size share") - 0.444) < 0.02)
        #expect(try quoted("residual") < 0.02, "the seeds' ±1% wobble is all that is left")
        #expect(page.contains("Fit (Hoffmann et al. 2022, approach 3, over every point): <span class=\"katex\">"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">L = 0."))
        #expect(page.contains("</span> = params and <span class=\"katex\">"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">D</annotation>"))
        // 0.2 + 40/2560^0.5 + 6/100^0.4 = 1.9415; the seeds' wobble averages out.
        #expect(page.contains("at width 16 and 100 steps <span class=\"value\">1.942</span>"))
        #expect(page.occurrences(of: "<path class=\"lb-fit\"") == 4, "one curve per width")
    }

    @Test func aHoldoutKeepsTheLargestComputeOutAndJudgesTheLawThere() throws {
        let fixture = try chinchillaFixture("""
        ```plot
        id: law
        experiment: grid
        x: steps
        y: test_loss
        series: width
        scale: log-log
        fit: chinchilla
        holdout: 2
        ```

        Held out, the law is off by {{< value "law.holdout_error" >}}.
        """)
        let page = fixture.page(fixture.cleanBuild())
        #expect(page.contains("approach 3, over all but the 2 configurations of largest N·D)"), "\(page)")
        // The two largest N·D: width 128 with 6400 steps, then width 128 with 1600 (N = 163,840).
        #expect(page.contains("Held out of the fit: N 163840, steps 6400: observed"), "\(page)")
        #expect(page.contains("; N 163840, steps 1600: observed"))
        let error = try #require(page.quotedNumber(after: "off by "))
        #expect(error < 0.02, "an exact law predicts its held-out points")
        #expect(page.occurrences(of: "held out of the fit</title>") == 2, "the two are drawn hollow")
        #expect(!page.contains("Not checked on held-out points"))
    }

    @Test func aLawWithoutAHoldoutSaysSo() throws {
        let fixture = try chinchillaFixture("""
        ```plot
        experiment: grid
        x: steps
        y: test_loss
        series: width
        fit: chinchilla
        ```
        """)
        #expect(fixture.page(fixture.cleanBuild()).contains("Not checked on held-out points"))
    }

    @Test func chinchillaSpecErrorsNameTheirKeys() throws {
        let fixture = try chinchillaFixture("""
        ```plot
        experiment: grid
        x: flops
        y: test_loss
        series: width
        fit: chinchilla
        holdout: 1
        ```
        """)
        let messages = fixture.build().diagnostics.map(\.description)
        #expect(!messages.contains { $0.contains("holdout") }, "a chinchilla law takes a holdout")
        #expect(messages.contains { $0.hasPrefix("notes/widths.md:17:4: error: 'fit: chinchilla' takes the data size as x") }, "\(messages)")
    }
}
