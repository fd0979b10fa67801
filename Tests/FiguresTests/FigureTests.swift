import Figures
import Foundation
import Notes
import Planning
import Site
import Store
import Testing

/// A notebook in memory with one note, whose trials get made-up results that follow a known law.
final class FigureFixture {
    let notebook: Notebook
    let plan: ExperimentPlanner.Plan
    let store: ResultsStore
    let folder: URL

    /// By default `loss(width, lr) = 2·width^-0.5 · (1 + (log10(lr) + 3)²)`, times a small seed-dependent
    /// wobble; lr = 1e-1 diverges (nil).
    convenience init(directives: String, learningRates: String = "[1e-4, 1e-3, 1e-2, 1e-1]",
                     loss: (Double, Double) -> Double? = { width, lr in lr == 1e-1 ? nil : 2 * pow(width, -0.5) * (1 + pow(log10(lr) + 3, 2)) }) throws {
        try self.init(experiment: """
        id: width
        dataset: teacher
        train_size: 64
        width: [16, 32, 64, 128, 256, 512]
        lr: \(learningRates)
        steps: 10
        seeds: 3
        """, directives: directives) { trial in
            let width = trial.sweepValues["width"]!.number!, lr = trial.sweepValues["lr"]!.number!
            guard let clean = loss(width, lr) else { return nil }
            let value = clean * (1 + 0.01 * (Double(trial.seed) - 1))
            return ["test_loss": value, "test_acc": 1 - value / 2, "params": width * 100]
        }
    }

    /// A note with one experiment (seven lines of keys, so directives start on line 16) whose
    /// trials get `metrics(trial)`; nil stores the trial as diverged.
    init(experiment: String, directives: String, metrics: (PlannedTrial) -> [String: Double]?) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-figures-\(UUID().uuidString)")
        let text = """
        ---
        title: Widths
        ---
        ## 2026-01-01

        ```experiment
        \(experiment)
        ```

        \(directives)
        """
        let note = NoteParser.parse(text, path: "notes/widths.md", relativePath: "widths.md")
        notebook = Notebook(root: folder, notes: [note])
        var planner = ExperimentPlanner(locations: .init(root: folder.path))
        plan = planner.plan(notebook)
        store = ResultsStore(folder: folder.appendingPathComponent("results"))
        for trial in plan.trials {
            let provenance = TrialRecord.Provenance(note: "notes/widths.md", experiment: trial.experiment, host: "test",
                                                    labbookVersion: "0", gitCommit: nil, gitDirty: nil, started: "2026-01-01T00:00:00Z")
            var record = TrialRecord.failed(key: trial.key, inputs: trial.inputs, message: "", wallSeconds: 1, provenance: provenance)
            if let values = metrics(trial) {
                record.status = .ok
                record.message = nil
                record.metrics = values
            } else {
                record.status = .diverged
                record.metrics = ["test_loss": .infinity]
            }
            try store.write(record)
        }
    }

    func build() -> (site: SiteBuilder.Output, diagnostics: [Diagnostic]) {
        let figures = FigureBuilder(notebook: notebook, plan: plan, index: StoreIndex(store: store), trainedNow: [], git: nil)
            .build(includeDrafts: false)
        let site = SiteBuilder(notebook: notebook, directives: figures.models).render()
        return (site, figures.diagnostics + site.diagnostics)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The built site, recording an issue for any diagnostic (the fixtures are meant to be clean).
    func cleanBuild() -> SiteBuilder.Output {
        let (site, diagnostics) = build()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return site
    }

    func page(_ site: SiteBuilder.Output, _ path: String = "notes/widths.html") -> String {
        guard let file = site.files.first(where: { $0.path == path }), case .text(let text) = file.content else { return "" }
        return text
    }
}

@Suite struct FigureTests {
    @Test func anEnvelopeFitRecoversTheExponentAndQuotesItInProse() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        id: law
        experiment: width
        x: width
        y: test_loss
        best_over: lr
        scale: log-log
        fit: power-law
        holdout: 1
        caption: Loss against width.
        ```

        The exponent is {{< value "law.b" >}} and the held-out error {{< value "law.holdout_error" >}}; best {{< value "width.best.test_loss" >}}.
        """)
        let site = fixture.cleanBuild()
        let page = fixture.page(site)
        // The best lr is 1e-3 at every width, where loss = 2·width^-0.5: b = 0.5 exactly.
        #expect(page.contains("The exponent is <span class=\"value\">0.5</span>"))
        // The envelope is an exact power law (the seeds' wobble averages out), so the held-out point is predicted.
        let heldOut = try #require(page.quotedNumber(after: "held-out error "))
        #expect(heldOut < 1e-3)
        #expect(page.contains("best <span class=\"value\">0.08839</span>"), "2·512^-0.5 = 0.088388")
        // The experiment's box reports the same best, and the configuration that reached it.
        #expect(page.contains("<tr><td><code>test_loss</code></td><td>0.08839</td><td>width=512 lr=1e-3 (mean of 3 seeds)</td></tr>"))
        #expect(page.contains("<figure class=\"plot\" id=\"plot-law\">"))
        #expect(page.contains("<svg"))
        #expect(page.contains("Held out of the fit: width 512"))
        #expect(page.contains("Each resample of the seeds chooses the best lr at every width again"), "the envelope's bootstrap re-chooses the winner")
        #expect(page.contains("From 54 trials (seeds 0, 1, 2), all taken from the results store; left out: 18 diverged."))
        #expect(page.contains("<a href=\"widths-law.csv\">Data (CSV)</a>"))
        let csv = try #require(site.files.first { $0.path == "notes/widths-law.csv" })
        guard case .text(let text) = csv.content else { Issue.record("CSV is text"); return }
        #expect(text.hasPrefix("series,width,seed,test_loss,lr\n"))
        #expect(text.split(separator: "\n").count == 1 + 6 * 3, "one row per width and seed of the envelope")
        // The log page links the same CSV from its own place.
        #expect(fixture.page(site, "log.html").contains("<a href=\"notes/widths-law.csv\">Data (CSV)</a>"))
    }

    @Test func proseQuotesPointsAndEachSeriesFit() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        id: lines
        experiment: width
        x: width
        y: test_loss
        series: lr
        scale: log-log
        fit: power-law
        ```

        At width 512: {{< value "lines.1e-3.at.512" >}} ± {{< value "lines.1e-3.at.512.std" >}};
        at lr 1e-2 the exponent is {{< value "lines.1e-2.b" >}}, first series {{< value "lines.b" >}}.
        Unknown: {{< value "lines.1e-3.at.513" >}}.
        """, learningRates: "[1e-4, 1e-3, 1e-2]")
        let (site, diagnostics) = fixture.build()
        let page = fixture.page(site)
        // 2·512^-0.5 = 0.088388; the seeds' wobble is ±1%, so the std over seeds 0, 1, 2 is 8.8e-4.
        #expect(page.contains("At width 512: <span class=\"value\">0.08839</span> ± <span class=\"value\">8.8e-04</span>"))
        // Every series follows width^-0.5, shifted by a factor that depends on lr.
        #expect(page.contains("at lr 1e-2 the exponent is <span class=\"value\">0.5</span>, first series <span class=\"value\">0.5</span>"))
        #expect(diagnostics.map(\.message) == ["value 'lines.1e-3.at.513': 'lines' has no '1e-3.at.513'; did you mean '1e-3.at.512'?"])
    }

    @Test func aPlotOfSeveralExperimentsQuotesEachByName() throws {
        let fixture = try FigureFixture(directives: """
        ```experiment
        id: narrow
        dataset: teacher
        train_size: 32
        width: [16, 32]
        lr: [1e-3]
        steps: 10
        seeds: 2
        ```

        ```plot
        id: both
        experiment: [width, narrow]
        x: width
        y: test_loss
        where: {lr: 1e-3}
        ```

        {{< value "both.width.at.16" >}} and {{< value "both.narrow.at.16" >}}; {{< value "both.width.at.512" >}}.
        """, learningRates: "[1e-3]")
        let page = fixture.page(fixture.cleanBuild())
        // 2·16^-0.5 = 0.5 in both (the seeds' wobble averages out over seeds 0, 1, 2 and nearly over 0, 1).
        #expect(page.contains("<span class=\"value\">0.5</span> and <span class=\"value\">0.4975</span>; <span class=\"value\">0.08839</span>."))
    }

    @Test func aTransientRefitDropsTheSmallestXOneAtATime() throws {
        // loss = 0.1 + 2·width^-0.5 at lr 1e-3, except below width 64, where it falls more slowly
        // (a small-width transient): the exponent fitted on every width is off, and refits settle.
        let fixture = try FigureFixture(directives: """
        ```plot
        id: curve
        experiment: width
        x: width
        y: test_loss
        where: {lr: 1e-3}
        scale: log-log
        fit: power-law+offset
        transient: true
        ```

        All widths: {{< value "curve.b.from.16" >}}; from 64: {{< value "curve.b.from.64" >}} {{< value "curve.b.from.64.interval" >}}, floor {{< value "curve.E.from.64" >}}.

        ```plot
        experiment: width
        x: width
        y: test_loss
        where: {lr: 1e-3}
        transient: yes please
        ```
        """, learningRates: "[1e-3]") { width, _ in
            let law = { (w: Double) in 0.1 + 2 * pow(w, -0.5) }
            return width >= 64 ? law(width) : law(64) * pow(width / 64, -0.2)
        }
        let (site, diagnostics) = fixture.build()
        let page = fixture.page(site)
        #expect(diagnostics.map(\.message) == ["'transient' must be true or false"])
        #expect(page.contains("Transient: b refitted on width ≥ each value, smallest dropped first, from 16: "))
        let from64 = try #require(page.quoted(after: "from 64: "))
        #expect(abs(try #require(Double(from64)) - 0.5) < 0.02, "from width 64 on the law is exact: b = 0.5")
        #expect(abs(try #require(page.quotedNumber(after: "All widths: ")) - 0.5) > 0.1, "through the transient the exponent is off")
        #expect(abs(try #require(page.quotedNumber(after: "floor ")) - 0.1) < 0.01, "every parameter of a refit is quoted: E = 0.1")
        #expect(page.contains("from 64: <span class=\"value\">\(from64)</span> <span class=\"value\">["))
    }

    @Test func tablesBoldTheBestAndMarkDivergedCells() throws {
        let fixture = try FigureFixture(directives: """
        ```table
        experiment: width
        rows: [width, lr]
        columns: [test_loss, test_acc]
        where: {width: 512}
        ```
        """)
        let site = fixture.cleanBuild()
        let page = fixture.page(site)
        #expect(page.contains("<td class=\"diverged\""))
        #expect(page.occurrences(of: "<strong>") == 2, "one best value per column")
        #expect(page.contains("<th scope=\"row\" class=\"key\">1e-3</th><td title=\"3 seeds\" class=\"best\"><strong>"))
    }

    @Test func heatmapsAndLearningCurvesDraw() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        id: grid
        experiment: width
        x: width
        y: lr
        color: test_loss
        ```
        """)
        let site = fixture.cleanBuild()
        let page = fixture.page(site)
        #expect(page.contains("<figure class=\"plot\" id=\"plot-grid\">"))
        #expect(page.contains("Blank cells have no finite result"))
    }

    @Test func theOptimalLearningRateLawRecoversItsExponent() throws {
        // lr*(width) = 0.1·width^-0.5, and loss is quadratic in log10(lr) around it, so the parabola
        // through the best tried lr and its neighbours finds lr* exactly at every width.
        let fixture = try FigureFixture(directives: """
        ```plot
        id: lr-law
        experiment: width
        x: width
        y: test_loss
        best_over: lr
        fit: optimal-lr
        ```

        The optimal learning rate falls as width to the power −{{< value "lr-law.exponent" >}}; at width 64 it is {{< value "lr-law.at.64" >}}.
        """, learningRates: "[1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]") { width, lr in
            2 * pow(width, -0.5) * (1 + pow(log10(lr) - log10(0.1 * pow(width, -0.5)), 2))
        }
        let site = fixture.cleanBuild()
        let page = fixture.page(site)
        #expect(page.contains("falls as width to the power −<span class=\"value\">0.5</span>; at width 64 it is <span class=\"value\">0.0125</span>"), "0.1·64^-0.5")
        #expect(page.contains("Optimal lr law: <span class=\"katex\">"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">\\eta^*(w) = c\\,w^{-\\gamma}</annotation>"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">\\gamma = 0.5</annotation>"))
    }

    @Test func seriesGetALineAndAFitEachExtrapolatedBeyondTheData() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        id: by-lr
        experiment: width
        x: width
        y: test_loss
        series: lr
        where: {lr: [1e-4, 1e-3]}
        scale: log-log
        fit: power-law
        extrapolate: 4096
        ```
        """)
        let (_, diagnostics) = fixture.build()
        // `where` takes one value per key; a list is reported, not silently matched against nothing.
        #expect(diagnostics.count == 1)
        let fixed = try FigureFixture(directives: """
        ```plot
        id: by-lr
        experiment: width
        x: width
        y: test_loss
        series: lr
        where: {optimizer: adam}
        scale: log-log
        fit: power-law
        extrapolate: 4096
        ```

        Exponent of the first series: {{< value "by-lr.b" >}}.
        """)
        let page = fixed.page(fixed.cleanBuild())
        // Three finite series (lr = 1e-4, 1e-3, 1e-2; 1e-1 diverged), each with its own law.
        #expect(page.occurrences(of: "<path class=\"lb-fit\"") == 3, "a solid fit per series")
        #expect(page.occurrences(of: "<path class=\"lb-fit lb-extrapolated\"") == 3, "dashed out to width 4096")
        #expect(page.contains("Fit (lr=1e-3): <span class=\"katex\">"))
        #expect(page.contains("Exponent of the first series: <span class=\"value\">0.5</span>"))
    }

    @Test func problemsAreErrorsAtTheirPositions() throws {
        let fixture = try FigureFixture(directives: """
        ```plot
        experiment: width
        x: widht
        y: test_los
        fit: power-law
        ```

        ```plot
        experiment: depth
        x: width
        y: test_loss
        ```

        ```plot
        experiment: width
        x: width
        y: test_loss
        ```

        Quote {{< value "nothing.b" >}}.
        """)
        let messages = fixture.build().diagnostics.map(\.description)
        #expect(messages.contains("notes/widths.md:18:4: error: 'x' names 'widht', which is not a configuration key nor params, flops or step; did you mean 'width'?"))
        #expect(messages.contains("notes/widths.md:19:4: error: 'y' names 'test_los', which is not a metric; did you mean 'test_loss'?"))
        #expect(messages.contains { $0.hasPrefix("notes/widths.md:24:13: error: no experiment 'depth'") })
        #expect(messages.contains("notes/widths.md:31:4: error: experiment 'width' also sweeps 'lr': name it in 'series', 'best_over' or 'where'"))
        #expect(messages.contains { $0.hasPrefix("notes/widths.md:35:7: error: value 'nothing.b' names 'nothing'") })
    }
}

extension String {
    func occurrences(of part: String) -> Int { components(separatedBy: part).count - 1 }

    /// The text of the first quoted value right after `prefix` ("prefix <span class="value">…</span>").
    func quoted(after prefix: String) -> String? {
        components(separatedBy: "\(prefix)<span class=\"value\">").dropFirst().first.map { String($0.prefix { $0 != "<" }) }
    }

    /// The same, read as a number.
    func quotedNumber(after prefix: String) -> Double? { quoted(after: prefix).flatMap(Double.init) }
}
