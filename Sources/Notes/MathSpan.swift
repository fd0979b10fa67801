/// A formula in a note, as written: `$…$`, `\(…\)` inline, `$$…$$`, `\[…\]` displayed. Kept
/// whole so the page can show the source when KaTeX cannot typeset it, with the place of its
/// opening delimiter for the error.
public struct MathSpan: Sendable, Hashable {
    /// With its delimiters: `$x^2$`.
    public var source: String
    public var display: Bool
    public var location: SourceLocation

    public init(source: String, display: Bool, location: SourceLocation) {
        self.source = source
        self.display = display
        self.location = location
    }

    /// The TeX between the delimiters.
    public var tex: String {
        String(source.dropFirst(delimiterLength).dropLast(delimiterLength))
    }

    /// `$` is one character; `$$`, `\(` and `\[` are two.
    public var delimiterLength: Int {
        source.hasPrefix("$") && !source.hasPrefix("$$") ? 1 : 2
    }
}
