import Experiments
import Foundation
import Notes
import Site
import Numerics

/// Turns every directive of a notebook into what its page shows: experiments as summaries of their
/// trials, plots as SVG figures with fits, tables, and the numbers quoted in prose. Problems are
/// diagnostics at the directive's or value's position; the rest is still drawn.
public struct FigureBuilder {
    let notebook: Notebook
    let lookup: ExperimentLookup
    let git: GitState?

    public init(notebook: Notebook, plan: ExperimentPlanner.Plan, index: StoreIndex, trainedNow: Set<String>, git: GitState?) {
        self.notebook = notebook
        lookup = ExperimentLookup(plan: plan, index: index, trainedNow: trainedNow)
        self.git = git
    }

    public func build(includeDrafts: Bool) -> (rendering: DirectiveRendering, diagnostics: [Diagnostic]) {
        var html: [String: PageFigure] = [:]
        var values: [String: [String: String]] = [:]
        var diagnostics: [Diagnostic] = []
        var files: [SiteFile] = []

        for planned in lookup.plan.experiments {
            let summary = ExperimentSummary(planned, index: lookup.index, trainedInThisBuild: lookup.trainedNow)
            html[place(planned.experiment.location)] = .fixed(ExperimentBoxes.box(summary, planned))
            var best: [String: String] = [:]
            for (metric, value) in summary.bestByMetric { best["best.\(metric)"] = NumberFormat.quoted.string(value.value) }
            values["\(planned.experiment.qualifiedID)"] = best
        }

        for note in notebook.notes where includeDrafts || !note.isDraft {
            var figureNumber = 0
            for directive in note.directives where directive.kind != .experiment {
                figureNumber += 1
                let name = directive.id ?? "figure-\(figureNumber)"
                let result = figure(directive, in: note, name: name)
                diagnostics += result.problems
                if let drawn = result.drawn {
                    html[place(directive.location)] = .drawn(drawn.figure)
                    if let csv = drawn.csv { files.append(csv) }
                    if let id = directive.id { values["\(note.slug)/\(id)"] = drawn.values }
                }
            }
        }

        // Values quoted in prose, checked now so an unknown one is an error at its position.
        var quoted: [String: String] = [:]
        for note in notebook.notes where includeDrafts || !note.isDraft {
            for case .value(let reference) in note.embeds {
                switch resolveValue(reference, in: note, values: values) {
                case .success(let text): quoted["\(note.path)|\(reference.path)"] = text
                case .failure(let problem):
                    diagnostics.append(problem)
                    quoted["\(note.path)|\(reference.path)"] = "<span class=\"value error\" title=\"\(HTML.escape(problem.message))\">[\(HTML.escape(reference.path)): no such value]</span>"
                }
            }
        }

        let provenance = NoteProvenance.byNote(lookup: lookup, git: git)
        let found = html, quotedValues = quoted
        let rendering = DirectiveRendering(
            html: { directive, _, page in
                switch found["\(directive.location.path):\(directive.location.line)"] {
                case .fixed(let text)?: return text
                case .drawn(let figure)?: return figure.html(page: page)
                case nil:
                    return DirectiveRendering.pendingBox(directive, reason: "not drawn: the directive has errors (labbook check lists them)")
                }
            },
            value: { reference, note in
                quotedValues["\(note.path)|\(reference.path)"]
                    ?? DirectiveRendering.notRunYet.value(reference, note)
            },
            provenance: { note in provenance[note.path] },
            files: files)
        return (rendering, diagnostics)
    }

    private func place(_ location: SourceLocation) -> String { "\(location.path):\(location.line)" }

    enum PageFigure: Sendable {
        case fixed(String)
        case drawn(DrawnFigure)
    }

    /// A drawn plot or table, its data file, and the numbers prose may quote from it.
    struct Drawn {
        var figure: DrawnFigure
        var csv: SiteFile?
        var values: [String: String]
    }

    /// One plot or table.
    private func figure(_ directive: Directive, in note: Note, name: String) -> (drawn: Drawn?, problems: [Diagnostic]) {
        switch directive.kind {
        case .plot:
            let parsed = PlotSpec.parse(directive)
            guard let spec = parsed.spec else { return (nil, parsed.problems) }
            return PlotDirective(spec: spec, note: note, name: name, lookup: lookup).draw()
        case .table:
            let parsed = TableSpec.parse(directive)
            guard let spec = parsed.spec else { return (nil, parsed.problems) }
            return TableDirective(spec: spec, note: note, lookup: lookup).draw()
        case .experiment:
            return (nil, [])
        }
    }

    /// `id.rest` (an id in this note) or `note-slug/id.rest`.
    private func resolveValue(_ reference: ValueReference, in note: Note, values: [String: [String: String]]) -> Result<String, Diagnostic> {
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
        if let text = known[field] { return .success("<span class=\"value\">\(HTML.escape(text))</span>") }
        if known.isEmpty {
            return .success("<span class=\"value pending\" title=\"no results yet for \(HTML.escape(path))\">[\(HTML.escape(path)): not run yet]</span>")
        }
        var message = "value '\(path)': '\(id)' has no '\(field)'"
        if let guess = Suggestion.closest(to: field, among: Array(known.keys)) { message += "; did you mean '\(guess)'?" }
        else { message += " (it has \(known.keys.sorted().joined(separator: ", ")))" }
        return .failure(Diagnostic(reference.location, message))
    }
}
