/// A formula in a note, as written: `$…$`, `\(…\)` inline, `$$…$$`, `\[…\]` displayed. Kept
/// whole so the page can show the source when KaTeX cannot typeset it, with the place of its
/// opening delimiter for the error.
package struct MathSpan: Sendable, Hashable {
    /// With its delimiters: `$x^2$`.
    package var source: String
    package var display: Bool
    package var location: SourceLocation

    package init(source: String, display: Bool, location: SourceLocation) {
        self.source = source
        self.display = display
        self.location = location
    }

    /// The TeX between the delimiters.
    package var tex: String {
        String(source.dropFirst(delimiterLength).dropLast(delimiterLength))
    }

    /// `$` is one character; `$$`, `\(` and `\[` are two.
    package var delimiterLength: Int {
        source.hasPrefix("$") && !source.hasPrefix("$$") ? 1 : 2
    }
}
