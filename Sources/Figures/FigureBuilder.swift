import Foundation
import Notes
import Numerics
import Planning
import Site
import Store

/// Turns every directive of a notebook into the view models its page shows: experiments as
/// summaries of their trials, plots as SVG figures with fits, tables, and the numbers quoted in
/// prose. Problems are diagnostics at the directive's or value's position; the rest is still drawn.
package struct FigureBuilder {
    let notebook: Notebook
    let lookup: ExperimentLookup
    let git: GitState?
    /// Figures drawn before, by their inputs; nil draws every figure anew.
    let cache: FigureCache?

    package init(notebook: Notebook, plan: ExperimentPlanner.Plan, index: StoreIndex, trainedNow: Set<String>, git: GitState?,
                cache: FigureCache? = nil) {
        self.notebook = notebook
        lookup = ExperimentLookup(plan: plan, index: index, trainedNow: trainedNow)
        self.git = git
        self.cache = cache
    }

    package func build(includeDrafts: Bool) -> (models: NotebookFigures, diagnostics: [Diagnostic]) {
        var views: [SourceLocation: DirectiveView] = [:]
        var values: [String: [String: String]] = [:]
        var diagnostics: [Diagnostic] = []
        var files: [SiteFile] = []

        for planned in lookup.plan.experiments {
            let summary = ExperimentSummary(planned, index: lookup.index, trainedInThisBuild: lookup.trainedNow)
            views[planned.experiment.location] = .experiment(ExperimentBoxes.box(summary, planned))
            var best: [String: String] = [:]
            for (metric, value) in summary.bestByMetric { best["best.\(metric)"] = NumberFormat.quoted.string(value.value) }
            values["\(planned.experiment.qualifiedID)"] = best
        }

        for note in notebook.notes where includeDrafts || !note.isDraft {
            var figureNumber = 0
            // An id names one directive of the note: values (`id.b`) could not tell two apart.
            var taken: [String: Directive] = [:]
            for directive in note.directives where directive.kind == .experiment {
                if let id = directive.id, taken[id] == nil { taken[id] = directive }
            }
            for directive in note.directives where directive.kind != .experiment {
                if let id = directive.id {
                    if let first = taken[id] {
                        diagnostics.append(Diagnostic(directive.location, "id '\(id)' is already the id of the \(first.kind.rawValue) at line \(first.location.line); "
                                                      + "give this \(directive.kind.rawValue) an id of its own, so that values can tell them apart"))
                    } else {
                        taken[id] = directive
                    }
                }
                figureNumber += 1
                let name = directive.id ?? "figure-\(figureNumber)"
                let result = figure(directive, in: note, name: name)
                diagnostics += result.problems
                if let drawn = result.drawn {
                    views[directive.location] = .figure(drawn.figure)
                    files += drawn.files
                    if let id = directive.id { values["\(note.slug)/\(id)"] = drawn.values }
                }
            }
        }

        // Values quoted in prose, checked now so an unknown one is an error at its position.
        var quoted: [SourceLocation: QuotedValue] = [:]
        for note in notebook.notes where includeDrafts || !note.isDraft {
            for case .value(let reference) in note.embeds {
                switch resolveValue(reference, in: note, values: values) {
                case .success(let value): quoted[reference.location] = value
                case .failure(let problem):
                    diagnostics.append(problem)
                    quoted[reference.location] = .error(problem.message)
                }
            }
        }

        let models = NotebookFigures(directives: views, values: quoted, provenance: NoteProvenance.byNote(lookup: lookup, git: git),
                                     files: files, undrawnReason: "not drawn: the directive has errors (labbook check lists them)")
        return (models, diagnostics)
    }

    /// A drawn plot or table, its data file, and the numbers prose may quote from it.
    struct Drawn {
        var figure: Figure
        /// Its data as CSV and, for a chart, the chart as a standalone SVG.
        var files: [SiteFile]
        var values: [String: String]

        /// A figure of an experiment that has errors: not drawn, saying so, with no error of its
        /// own (the experiment's are reported once, where they are).
        static func brokenExperiment(_ name: String, kind: Figure.Kind, id: String?, caption: String?) -> Drawn {
            Drawn(figure: Figure(kind: kind, id: id, content: .notDrawn(reason: "its experiment '\(name)' has errors (labbook check lists them)"),
                                 caption: caption, provenance: "No results: the experiment has errors."),
                  files: [], values: [:])
        }
    }

    /// One plot or table.
    private func figure(_ directive: Directive, in note: Note, name: String) -> (drawn: Drawn?, problems: [Diagnostic]) {
        switch directive.kind {
        case .plot:
            let parsed = PlotSpec.parse(directive) { lookup.vocabulary($0, from: note) }
            guard let spec = parsed.spec else { return (nil, parsed.problems) }
            return cached(directive, in: note, name: name, experiments: spec.experiments) {
                PlotDirective(spec: spec, note: note, name: name, lookup: lookup).draw()
            }
        case .table:
            let parsed = TableSpec.parse(directive) { lookup.vocabulary($0, from: note) }
            guard let spec = parsed.spec else { return (nil, parsed.problems) }
            return cached(directive, in: note, name: name, experiments: spec.experiments) {
                TableDirective(spec: spec, note: note, lookup: lookup).draw()
            }
        case .experiment:
            return (nil, [])
        }
    }

    /// A figure from the cache when its inputs are unchanged, else drawn (and kept).
    private func cached(_ directive: Directive, in note: Note, name: String, experiments: [String],
                        draw: () -> (drawn: Drawn?, problems: [Diagnostic])) -> (drawn: Drawn?, problems: [Diagnostic]) {
        guard let cache else { return draw() }
        let key = FigureInputs(lookup: lookup).key(directive, in: note, name: name, experiments: experiments)
        return cache.drawing(key, at: directive.location, draw: draw)
    }

    /// `id.rest` (an id in this note) or `note-slug/id.rest`.
    private func resolveValue(_ reference: ValueReference, in note: Note, values: [String: [String: String]]) -> Result<QuotedValue, Diagnostic> {
        let path = reference.path
        guard let dot = path.firstIndex(of: ".") else {
            return .failure(Diagnostic(reference.location, "value '\(path)' needs a field after the id, e.g. \"\(path).b\" or \"\(path).best.test_loss\""))
        }
        let id = String(path[..<dot]), field = String(path[path.index(after: dot)...])
        let qualified = id.contains("/") ? id : "\(note.slug)/\(id)"
        guard let known = values[qualified] else {
            let ids = values.keys.filter { $0.hasPrefix("\(note.slug)/") }.map { String($0.dropFirst(note.slug.count + 1)) }.sorted()
            var message = "value '\(path)' names '\(id)', which is no plot, table or experiment with an id"
            if let guess = Suggestion.closest(to: id, among: ids) { message += "; did you mean '\(guess)'?" }
            else if !ids.isEmpty { message += " (this note has \(ids.joined(separator: ", ")))" }
            return .failure(Diagnostic(reference.location, message))
        }
        if let text = known[field] { return .success(.number(text)) }
        if known.isEmpty { return .success(.pending) }
        var message = "value '\(path)': '\(id)' has no '\(field)'"
        if let guess = Suggestion.closest(to: field, among: Array(known.keys)) { message += "; did you mean '\(guess)'?" }
        else { message += " (it has \(known.keys.sorted().joined(separator: ", ")))" }
        return .failure(Diagnostic(reference.location, message))
    }
}
