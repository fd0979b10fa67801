import Execution
import Figures
import Foundation
import Notes
import Planning
import Site
import Store

/// A notebook's build, run stage by stage: load → check → plan → run → analyse → render → write.
/// Every command is a caller of it, asking for the stages it needs (`Stage.check`, `Stage.build`…).
/// Problems are collected, not thrown: a broken note is reported and the rest goes on.
package struct Build {
    package let root: URL
    package let options: BuildOptions
    package let log: BuildLog
    package let cache: BuildCache
    /// Whether the caller chose the cache (`serve` does); otherwise the build picks its own.
    private let cacheGiven: Bool

    package init(root: URL, options: BuildOptions = BuildOptions(), log: BuildLog = .standard, cache: BuildCache? = nil) {
        self.root = root.standardizedFileURL
        self.options = options
        self.log = log
        self.cache = cache ?? BuildCache(notebookRoot: self.root)
        cacheGiven = cache != nil
    }

    /// Runs `stages` in order; each one's results feed the next. Throws only for what ends a
    /// build at once (no notes folder, a selector naming nothing, the notebook locked, a bad
    /// output folder); everything else is a diagnostic in the report.
    package func run(_ stages: [Stage]) throws(BuildFailure) -> BuildReport {
        // Only a build that writes the site keeps figures on disk: `check` and `status` write nothing.
        if !cacheGiven && !stages.contains(.write) {
            return try Build(root: root, options: options, log: log, cache: BuildCache(figures: .inMemory())).run(stages)
        }
        var report = BuildReport()
        let notebook = try load()
        report.notebook = notebook
        // A bad output folder is a mistake to hear about before training, not after.
        let output = stages.contains(.write) ? try outputFolder(notebook) : nil
        report.found += notebook.allDiagnostics.found(by: .load)
        // One typesetter for the build: KaTeX starts at most once; only a build that writes keeps its cache.
        let math = MathTypesetter(notebookRoot: notebook.root, macros: notebook.config.mathMacros, writesCache: stages.contains(.write))
        if stages.contains(.check) { report.found += check(notebook, math: math).found(by: .check) }
        guard stages.contains(.plan) else { return report.finished() }

        let planned = plan(notebook)
        report.planned = planned
        report.found += planned.diagnostics.found(by: .plan)
        if stages.contains(.run) {
            // Errors are worth seeing before a long training run, not after it.
            log.diagnostics(StageDiagnostic.sortedUnique(report.found))
            report.shown = Set(report.found.map(\.diagnostic))
            report.training = try train(planned)
        }
        guard stages.contains(.analyse) else { return report.finished() }

        let figures = analyse(notebook, planned, after: report.training)
        // A build of the whole site asked for every figure it shows; the rest are edited away.
        if stages.contains(.write) { cache.figures.prune() }
        report.found += figures.diagnostics.found(by: .analyse)
        guard stages.contains(.render) else { return report.finished() }

        let site = render(notebook, figures.models, math: math, problems: report.found.map(\.diagnostic))
        report.found += site.diagnostics.found(by: .render)
        report.pages = site.files.filter { $0.path.hasSuffix(".html") }.count
        report.site = site
        if let output {
            try write(site, to: output)
            report.output = output.url
        }
        return report.finished()
    }

    // MARK: The stages

    /// load: the notebook as read from disk.
    package func load() throws(BuildFailure) -> Notebook {
        do { return try Notebook.load(root: root) } catch { throw .stopped(error) }
    }

    /// check: what can be checked without results: links between notes, the templates, the formulas.
    package func check(_ notebook: Notebook, math: MathTypesetter? = nil) -> [Diagnostic] {
        SiteBuilder(notebook: notebook, options: .init(includeDrafts: options.drafts), math: math).check()
    }

    /// plan: every experiment directive as trials with keys.
    package func plan(_ notebook: Notebook) -> PlannedNotebook {
        PlannedNotebook(notebook, includeDrafts: options.planDrafts, records: cache.records, plans: cache.plans)
    }

    /// run: trains what is missing, and what `--rerun` names.
    package func train(_ planned: PlannedNotebook) throws(BuildFailure) -> TrainingOutcome {
        try Trainer(planned: planned, options: options, log: log).run()
    }

    /// analyse: fits, figures, tables and quoted values, from the records.
    package func analyse(_ notebook: Notebook, _ planned: PlannedNotebook, after training: TrainingOutcome) -> (models: NotebookFigures, diagnostics: [Diagnostic]) {
        // Records trained in this build are read anew; otherwise the plan's reading stands.
        let index = training.started ? StoreIndex(store: planned.store) : planned.index
        return FigureBuilder(notebook: notebook, plan: planned.plan, index: index,
                      trainedNow: training.trainedKeys, git: cache.git.state(at: notebook.root),
                             cache: cache.figures).build(includeDrafts: options.planDrafts)
    }

    /// render: every page, in memory, its formulas typeset by `math`.
    package func render(_ notebook: Notebook, _ directives: NotebookFigures, math: MathTypesetter? = nil,
                       problems: [Diagnostic] = []) -> SiteBuilder.Output {
        SiteBuilder(notebook: notebook, options: .init(includeDrafts: options.drafts), directives: directives, math: math,
                    problems: problems).render()
    }

    /// write: the site on disk.
    func write(_ site: SiteBuilder.Output, to folder: OutputFolder) throws(BuildFailure) {
        do { try SiteWriter.write(site.files, to: folder.url) } catch { throw .failed(error.description) }
    }

    /// Where labbook.yml or `--output` says the site goes.
    func outputFolder(_ notebook: Notebook) throws(BuildFailure) -> OutputFolder {
        try OutputFolder(root: notebook.root, configured: notebook.config.output, override: options.output)
    }
}
