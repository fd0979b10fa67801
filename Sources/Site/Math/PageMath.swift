import Notes

/// The formulas of a site, typeset once before any page is drawn, and what went wrong with them.
/// Pages look formulas up here; rendering a page never waits on KaTeX.
struct PageMath {
    var results: [MathRequest: TypesetMath] = [:]
    /// Why nothing was typeset (KaTeX missing): every formula then shows as written.
    var problem: MathProblem?

    /// In every formula KaTeX typeset: a page that holds it needs KaTeX's stylesheet.
    static let marker = "<span class=\"katex\">"

    /// What `math.mustache` needs for one formula.
    func templateContext(_ request: MathRequest, source: String) -> [String: Any] {
        switch results[request] {
        case .html(let html)?:
            return ["html": html]
        case .error(let message, _)?:
            return ["source": source, "error": message, "display": request.display]
        case nil:
            return ["source": source, "error": problem?.description ?? "not typeset", "display": request.display]
        }
    }

    /// KaTeX's error for a formula in a note, at the place in the note it points to.
    func diagnostic(for span: MathSpan) -> Diagnostic? {
        guard case .error(let message, let position)? = results[MathRequest(tex: span.tex, display: span.display)] else { return nil }
        return Diagnostic(Self.location(in: span, at: position), "\(message), in \(Self.shortened(span.source))")
    }

    /// The opening delimiter's place moved on past the delimiter and `position` UTF-16 units of
    /// the TeX, in the note's own line and byte-column terms.
    static func location(in span: MathSpan, at position: Int?) -> SourceLocation {
        var location = span.location
        guard let position else { return location }
        let tex = span.tex.utf16
        let upTo = tex.index(tex.startIndex, offsetBy: min(max(0, position), tex.count))
        let before = String(span.source.prefix(span.delimiterLength)) + (String(tex[..<upTo]) ?? "")
        for byte in before.utf8 {
            if byte == 0x0A { location.line += 1; location.column = 1 } else { location.column += 1 }
        }
        return location
    }

    /// A formula on one line and not too long for an error message.
    static func shortened(_ source: String) -> String {
        let line = source.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 60 ? String(line.prefix(57)) + "…" : line
    }
}
