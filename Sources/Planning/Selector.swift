import Notes

/// Names a set of experiments on the command line: `all`, a note (`notes/x.md`, `x.md` or its
/// slug), an experiment id (`width`) or a qualified id (`note-slug/width`). `failed` selects the
/// trials whose last run failed.
package struct Selector: Sendable, Hashable, CustomStringConvertible {
    package var text: String

    package init(_ text: String) { self.text = text }

    package var description: String { text }

    package var isAll: Bool { text == "all" }
    package var isFailed: Bool { text == "failed" }

    package func matches(_ experiment: Experiment) -> Bool {
        if isAll || isFailed { return true }
        let note = experiment.notePath
        let relative = note.hasPrefix("notes/") ? String(note.dropFirst(6)) : note
        return text == note || text == relative || text == experiment.noteSlug
            || text == experiment.id || text == experiment.qualifiedID
            || (text.hasSuffix(".md") && relative.hasSuffix("/" + text))
    }

    /// Selectors that name nothing in the plan, for a clear error instead of silence.
    package static func unmatched(_ selectors: [Selector], in plan: ExperimentPlanner.Plan) -> [Selector] {
        selectors.filter { selector in !plan.experiments.contains { selector.matches($0.experiment) } }
    }
}
