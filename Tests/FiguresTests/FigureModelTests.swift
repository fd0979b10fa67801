import Figures
import Foundation
import Notes
import Planning
import Site
import Store
import Testing

/// Figures hands the Site plain view models, keyed by where each directive and value sits in its
/// note; the Site turns them into HTML only through the theme's templates, which a notebook may replace.
@Suite struct FigureModelTests {
    static let directives = """
    ```plot
    id: law
    experiment: width
    x: width
    y: test_loss
    best_over: lr
    scale: log-log
    fit: power-law
    caption: Loss against width.
    ```

    ```table
    experiment: width
    rows: width
    columns: [test_loss]
    where: {lr: 1e-3}
    ```

    The exponent is {{< value "law.b" >}}, not {{< value "law.nothing" >}}.
    """

    func models(_ fixture: FigureFixture) -> NotebookFigures {
        FigureBuilder(notebook: fixture.notebook, plan: fixture.plan, index: StoreIndex(store: fixture.store), trainedNow: [], git: nil)
            .build(includeDrafts: false).models
    }

    @Test func eachDirectiveAndValueHasAModelAtItsPlace() throws {
        let fixture = try FigureFixture(directives: Self.directives)
        let models = models(fixture)
        let note = try #require(fixture.notebook.notes.first)
        let byKind = Dictionary(grouping: note.directives, by: \.kind)
        let experiment = try #require(byKind[.experiment]?.first), plot = try #require(byKind[.plot]?.first)
        let table = try #require(byKind[.table]?.first)

        guard case .experiment(let box)? = models.directives[experiment.location] else { Issue.record("no experiment box"); return }
        #expect((box.id, box.total, box.ok, box.diverged, box.missing) == ("width", 72, 54, 18, 0))

        guard case .figure(let figure)? = models.directives[plot.location] else { Issue.record("no plot figure"); return }
        #expect(figure.kind == .plot && figure.id == "law" && figure.caption == "Loss against width.")
        guard case .chart(let svg) = figure.content else { Issue.record("the plot is a chart"); return }
        #expect(svg.hasPrefix("<svg"))
        #expect(figure.fitNotes.hasPrefix("Fit: "))
        #expect(figure.csvPath == "notes/widths-law.csv")
        #expect(models.files.map(\.path) == ["notes/widths-law.csv", "notes/widths-law.svg"])

        guard case .figure(let tableFigure)? = models.directives[table.location],
              case .table(let cells) = tableFigure.content else { Issue.record("no table figure"); return }
        #expect(cells.rowHeaders == ["width"] && cells.columnHeaders == ["test_loss (mean ± std)"])
        #expect(cells.rows.map(\.labels) == [["16"], ["32"], ["64"], ["128"], ["256"], ["512"]])

        let values = note.embeds.compactMap { embed -> ValueReference? in if case .value(let v) = embed { v } else { nil } }
        try #require(values.count == 2)
        #expect(models.values[values[0].location] == .number("0.5"))
        guard case .error(let reason)? = models.values[values[1].location] else { Issue.record("an unknown value is an error"); return }
        #expect(reason.hasPrefix("value 'law.nothing': 'law' has no 'nothing'"))
        #expect(models.provenance["notes/widths.md"] == NoteProvenance(stored: 72, total: 72, trainedNow: 0, labbookVersion: LabbookVersion.string,
                                                                       commit: nil, dirty: false))
    }

    /// A table of two experiments keeps them apart when `experiment` is one of its row keys, and
    /// joins their seeds when it is not.
    @Test func aTableOfSeveralExperimentsHasARowPerExperiment() throws {
        let fixture = try FigureFixture(directives: """
        ```experiment
        id: longer
        dataset: teacher
        train_size: 64
        width: [16, 32]
        lr: [1e-4, 1e-3]
        steps: 20
        seeds: 3
        ```

        ```table
        experiment: [width, longer]
        rows: [experiment, width]
        columns: [test_loss]
        where: {lr: 1e-3}
        ```

        ```table
        experiment: [width, longer]
        rows: width
        columns: [test_loss]
        where: {lr: 1e-3}
        ```
        """)
        let models = models(fixture)
        let note = try #require(fixture.notebook.notes.first)
        let tables = note.directives.filter { $0.kind == .table }
        try #require(tables.count == 2)
        guard case .figure(let apart)? = models.directives[tables[0].location], case .table(let split) = apart.content,
              case .figure(let joined)? = models.directives[tables[1].location], case .table(let merged) = joined.content else {
            Issue.record("two table figures"); return
        }
        #expect(split.rowHeaders == ["experiment", "width"])
        #expect(split.rows.map(\.labels) == [["longer", "16"], ["longer", "32"]] + [16, 32, 64, 128, 256, 512].map { ["width", "\($0)"] })
        #expect(merged.rows.map(\.labels) == [["16"], ["32"], ["64"], ["128"], ["256"], ["512"]])
    }

    @Test func aNotebookRestylesTheExperimentBoxAndTheFigureCaption() throws {
        let fixture = try FigureFixture(directives: Self.directives.replacingOccurrences(of: ", not {{< value \"law.nothing\" >}}", with: ""))
        try fixture.writeTemplate("experiment-box.mustache", "<div class=\"run\">{{id}}: {{ok}} of {{total}} ok</div>\n")
        try fixture.writeTemplate("figure.mustache", """
        <figure>{{{svg}}}{{#table}}{{>result-table}}{{/table}}
        <figcaption><b>{{caption}}</b> <i>{{fit}}</i>{{#csv}} <a href="{{csv}}">csv</a>{{/csv}}</figcaption>
        </figure>

        """)
        let site = fixture.cleanBuild()
        let page = fixture.page(site)
        #expect(page.contains("<div class=\"run\">width: 54 of 72 ok</div>\n"))
        #expect(page.contains("<figcaption><b>Loss against width.</b> <i>Fit: "))
        #expect(page.contains(" <a href=\"widths-law.csv\">csv</a></figcaption>"))
        #expect(page.contains("<table class=\"results\">"), "the built-in result table still fills a restyled figure")
        #expect(!page.contains("directive-kind"))
    }

    @Test func aBrokenExperimentBoxFallsBackToTheBuiltInOne() throws {
        let fixture = try FigureFixture(directives: "")
        try fixture.writeTemplate("experiment-box.mustache", "<div>\n{{/id}}\n")
        let (site, diagnostics) = fixture.build()
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "templates/experiment-box.mustache", line: 2, column: 4)], "\(diagnostics)")
        #expect(fixture.page(site).contains("<figure class=\"directive experiment\" id=\"experiment-width\">"))
    }
}

extension FigureFixture {
    /// A file in the notebook's own `templates/`.
    func writeTemplate(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent("templates").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
