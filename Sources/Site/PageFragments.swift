import Notes

/// The pieces of a note's HTML that come from the theme's smaller templates: directive boxes and
/// figures, quoted values, sidenotes and margin notes, the provenance footer.
struct PageFragments {
    let theme: Theme
    let figures: NotebookFigures
    var math = PageMath()

    /// A directive in the page at `page` (a path in the site, for relative links).
    func directive(_ directive: Directive, page: String) -> String {
        switch figures.directives[directive.location] {
        case .experiment(let box)?:
            return theme.render(box.templateContext(yaml: directive.body), with: .experimentBox)
        case .figure(let figure)?:
            var context = figure.templateContext(page: page)
            // Caption and fit are text with formulas: typeset as pieces for the built-in template,
            // and still there as written for a notebook's own figure.mustache.
            if let caption = figure.caption { context["captionMath"] = captionPieces(caption) }
            if !figure.fitNotes.isEmpty { context["fitMath"] = captionPieces(figure.fitNotes) }
            return theme.render(context, with: .figure)
        case nil:
            var context: [String: Any] = ["kind": directive.kind.rawValue, "reason": figures.undrawnReason, "yaml": directive.body]
            if let id = directive.id {
                context["id"] = id
                context["anchor"] = "\(directive.kind.rawValue)-\(Slug.make(id))"
            }
            return theme.render(context, with: .pendingDirective)
        }
    }

    func value(_ reference: ValueReference) -> String {
        let value = figures.values[reference.location] ?? .pending
        return theme.render(value.templateContext(path: reference.path), with: .value)
    }

    /// `id` is unique on the page; `content` is the note's HTML.
    func aside(_ kind: Aside.Kind, id: String, content: String) -> String {
        theme.render(["id": id, "content": content], with: kind == .sidenote ? .sidenote : .marginNote)
    }

    /// A formula, typeset or (when KaTeX could not) as written and marked.
    func formula(_ request: MathRequest, source: String) -> String {
        theme.render(math.templateContext(request, source: source), with: .math)
    }

    /// Both keys in every piece, so that neither falls through to the figure's own context.
    private func captionPieces(_ text: String) -> [[String: Any]] {
        CaptionText.pieces(text).map { piece in
            switch piece {
            case .text(let text): return ["text": text, "math": ""]
            case .math(let request, let source): return ["text": "", "math": formula(request, source: source)]
            }
        }
    }

    /// The provenance footer's content, nil when the note has nothing to say.
    func provenance(of note: Note) -> String? {
        figures.provenance[note.path].map { theme.render($0.templateContext, with: .noteProvenance) }
    }
}
