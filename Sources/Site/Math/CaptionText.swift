/// A caption's text with its formulas: `$…$` is TeX, `\$` a dollar, the rest plain text. The
/// author's captions and what labbook adds to them (the fit's law) are written this way.
enum CaptionText {
    enum Piece: Equatable {
        case text(String)
        /// `source` is the formula as written, shown if KaTeX cannot typeset it.
        case math(MathRequest, source: String)
    }

    static func pieces(_ caption: String) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(caption)
        while let first = rest.first {
            if first == "\\", rest.dropFirst().first == "$" {
                text.append("$")
                rest = rest.dropFirst(2)
            } else if first == "$", let close = closingDollar(after: rest), !(rest.dropFirst().first?.isWhitespace ?? true) {
                let tex = rest[rest.index(after: rest.startIndex)..<close]
                if !text.isEmpty { pieces.append(.text(text)); text = "" }
                pieces.append(.math(MathRequest(tex: String(tex), display: false), source: "$\(tex)$"))
                rest = rest[rest.index(after: close)...]
            } else {
                text.append(first)
                rest = rest.dropFirst()
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// The next `$` not escaped and not after a space (Pandoc's rule, as in notes).
    private static func closingDollar(after open: Substring) -> Substring.Index? {
        var i = open.index(after: open.startIndex)
        var previous: Character = "$"
        while i < open.endIndex {
            let c = open[i]
            if c == "\\" {
                previous = c
                i = open.index(after: i)
                if i < open.endIndex { previous = open[i]; i = open.index(after: i) }
                continue
            }
            if c == "$", previous != "$" { return previous.isWhitespace ? nil : i }
            previous = c
            i = open.index(after: i)
        }
        return nil
    }

    /// Plain text as a caption: its dollars escaped.
    static func escaping(_ text: String) -> String {
        text.replacingOccurrences(of: "$", with: "\\$")
    }
}
