import Notes

extension SiteBuilder {
    /// Every formula the published pages show, in notes and in figure captions, typeset in one
    /// batch; KaTeX's errors at the places they point to. KaTeX missing is one error, at the first
    /// formula, and every formula then shows as written.
    func typesetMath(_ notes: [Note]) -> (math: PageMath, diagnostics: [Diagnostic]) {
        let spans = notes.flatMap { note in note.embeds.compactMap { embed -> MathSpan? in
            if case .math(let span) = embed { return span } else { return nil }
        } }
        let captions = captionMath(of: notes)
        var requests = Set(spans.map { MathRequest(tex: $0.tex, display: $0.display) })
        for caption in captions { requests.formUnion(caption.requests.map(\.request)) }
        guard !requests.isEmpty else { return (PageMath(), []) }

        var math = PageMath()
        switch self.math.typeset(requests) {
        case .success(let results): math.results = results
        case .failure(let problem):
            math.problem = problem
            let first = (spans.map(\.location) + captions.map(\.location)).min()!
            return (math, [Diagnostic(first, problem.description)])
        }
        var diagnostics = spans.compactMap(math.diagnostic(for:))
        for caption in captions {
            for (request, source) in caption.requests {
                if case .error(let message, _)? = math.results[request] {
                    diagnostics.append(Diagnostic(caption.location, "\(message), in the caption's \(PageMath.shortened(source))"))
                }
            }
        }
        return (math, diagnostics)
    }

    /// The formulas of each drawn figure's caption and fit, with the place of its directive.
    private func captionMath(of notes: [Note]) -> [(location: SourceLocation, requests: [(request: MathRequest, source: String)])] {
        let published = Set(notes.map(\.path))
        return directives.directives.sorted { $0.key < $1.key }.compactMap { location, view in
            guard published.contains(location.path), case .figure(let figure) = view else { return nil }
            let requests = ([figure.caption ?? "", figure.fitNotes]).flatMap(CaptionText.pieces).compactMap { piece -> (MathRequest, String)? in
                if case .math(let request, let source) = piece { return (request, source) } else { return nil }
            }
            return requests.isEmpty ? nil : (location, requests.map { (request: $0.0, source: $0.1) })
        }
    }
}
