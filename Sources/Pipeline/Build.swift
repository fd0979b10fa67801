import Execution
import Figures
import Foundation
import Notes
import Parallel
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
            // They start from the records the last build kept, and leave them as they were.
            let records = RecordCache(snapshot: BuildCache.recordsSnapshot(root))
            return try Build(root: root, options: options, log: log, cache: BuildCache(records: records, figures: .inMemory())).run(stages)
        }
        // A build like the last one, of the same files, with the site as it left it, has nothing to do.
        let listing = upToDateListing(stages)
        if let listing, let output = listing.output, let report = BuildManifest.last(root)?.report(ifListingIs: listing.text, output: output) {
            return report.finished()
        }
        var report = BuildReport()
        // Record files are looked at once per build (and again after training wrote some).
        cache.beginBuild()
        // git runs as two processes: asked now, its answer is there when the figures need it.
        let cache = self.cache, root = self.root
        let git = stages.contains(.analyse) ? Background { cache.git.state(at: root) } : nil
        let notebook = try load()
        report.notebook = notebook
        // A bad output folder is a mistake to hear about before training, not after.
        let output = stages.contains(.write) ? try outputFolder(notebook) : nil
        report.found += notebook.allDiagnostics.found(by: .load)
        // One typesetter for the build: KaTeX starts at most once; only a build that writes keeps its cache.
        // `serve` keeps one across its rebuilds, and it keeps what it typesets on disk as `build` does.
        let math = cache.typesetter(root: notebook.root, macros: notebook.config.mathMacros)
            ?? MathTypesetter(notebookRoot: notebook.root, macros: notebook.config.mathMacros, writesCache: stages.contains(.write))
        if stages.contains(.check) { report.found += check(notebook, math: math).found(by: .check) }
        guard stages.contains(.plan) else { return report.finished() }

        // Dataset files are hashed for their fingerprints; one unchanged since the last build is not.
        let keptHashes = DatasetHashes.remember(root)
        let planned = plan(notebook)
        if stages.contains(.write) { DatasetHashes.keep(root, unlessSameAs: keptHashes) }
        report.planned = planned
        report.found += planned.diagnostics.found(by: .plan)
        if stages.contains(.run) {
            // Errors are worth seeing before a long training run, not after it.
            log.diagnostics(StageDiagnostic.sortedUnique(report.found))
            report.shown = Set(report.found.map(\.diagnostic))
            report.training = try train(planned)
            if report.training.started { cache.records.newLook() }
        }
        guard stages.contains(.analyse) else { return report.finished() }

        let figures = analyse(notebook, planned, after: report.training, git: git?.value)
        // A build of the whole site asked for every figure it shows; the rest are edited away.
        if stages.contains(.write) { cache.figures.prune() }
        // It also looked at every record: kept for the next build while this one renders.
        let records = cache.records
        let keeping = stages.contains(.write) ? Background { records.saveSnapshot() } : nil
        defer { _ = keeping?.value }
        report.found += figures.diagnostics.found(by: .analyse)
        guard stages.contains(.render) else { return report.finished() }

        let site = render(notebook, figures.models, math: math, problems: report.found.map(\.diagnostic))
        report.found += site.diagnostics.found(by: .render)
        report.pages = site.files.filter { $0.path.hasSuffix(".html") }.count
        report.site = site
        if let output {
            try write(site, to: output)
            report.output = output.url
            // A build that had trials to train is not the last word: the next one trains what is still missing.
            if let listing, listing.output == output.url, !report.training.started {
                BuildManifest(listing: listing.text, taken: listing.taken, report: report.finished(), output: output.url)?.save(root)
            }
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
        PlannedNotebook(notebook, includeDrafts: options.planDrafts, records: cache.records, plans: cache.plans, index: cache.index(of:))
    }

    /// run: trains what is missing, and what `--rerun` names.
    package func train(_ planned: PlannedNotebook) throws(BuildFailure) -> TrainingOutcome {
        try Trainer(planned: planned, options: options, log: log).run()
    }

    /// analyse: fits, figures, tables and quoted values, from the records.
    package func analyse(_ notebook: Notebook, _ planned: PlannedNotebook, after training: TrainingOutcome,
                         git: GitState?) -> (models: NotebookFigures, diagnostics: [Diagnostic]) {
        // Records trained in this build are read anew; otherwise the plan's reading stands.
        let index = training.started ? StoreIndex(store: planned.store) : planned.index
        return FigureBuilder(notebook: notebook, plan: planned.plan, index: index,
                      trainedNow: training.trainedKeys, git: git,
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

    /// The listing of the build's inputs, for a build that may find it has nothing to do: one that
    /// writes the site and trains nothing (`build --no-run`), or trains only what is missing
    /// locally (`build`; a build that trained is never taken as the last word). Nil for the rest.
    private func upToDateListing(_ stages: [Stage]) -> (text: String, taken: Date, output: URL?)? {
        guard !cacheGiven, options.only.isEmpty, options.rerun.isEmpty else { return nil }
        guard stages == Stage.rendering || (stages == Stage.building && options.executor == .local && !options.detach) else { return nil }
        let settings = "stages \(stages.map(\.rawValue)) drafts \(options.drafts) \(options.checkDrafts) output \(options.output ?? "")"
        // Where the site goes, from labbook.yml alone; a bad folder is for the build to report.
        let output = try? OutputFolder(root: root, configured: Notebook.config(at: root).output, override: options.output).url
        let taken = Date()
        return (BuildManifest.listing(root: root, output: output ?? root, settings: settings), taken, output)
    }

    /// Where labbook.yml or `--output` says the site goes.
    func outputFolder(_ notebook: Notebook) throws(BuildFailure) -> OutputFolder {
        try OutputFolder(root: notebook.root, configured: notebook.config.output, override: options.output)
    }
}
