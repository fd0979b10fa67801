/// Footnotes: `[^label]` references and `[^label]: …` definitions, found before cmark (which would
/// read a definition as a link reference definition, and a reference as a link to it).
extension ContentScanner {
    /// A definition starting the line at `start`: its label, where its text starts and where it ends
    /// (the first blank line not followed by an indented one, or a line that starts another block).
    func footnoteDefinition(at start: Int, end: Int) -> (label: String, content: Range<Int>)? {
        var i = start
        while i < end, i - start < 3, bytes[i] == 0x20 { i += 1 }
        guard let (label, close) = footnoteLabel(at: i, end: end), close < end, bytes[close] == UInt8(ascii: ":") else { return nil }
        var contentStart = close + 1
        while contentStart < end, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 { contentStart += 1 }
        var stop = lineEnd(from: contentStart, end: end)
        var line = stop
        while line < end {
            let next = lineEnd(from: line, end: end)
            let indent = bytes[line..<next].prefix { $0 == 0x20 || $0 == 0x09 }
            let blank = bytes[line..<next].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            if blank { line = next; continue }
            let indented = indent.count >= 4 || indent.first == 0x09
            let afterBlank = line > stop
            if !indented && (afterBlank || startsBlock(at: line + indent.count, end: next)) { break }
            line = next
            stop = next
        }
        return (label, contentStart..<stop)
    }

    /// `[^label]` at `start`: the label and the offset just past `]`.
    func footnoteLabel(at start: Int, end: Int) -> (String, Int)? {
        guard start + 2 < end, bytes[start] == UInt8(ascii: "["), bytes[start + 1] == UInt8(ascii: "^") else { return nil }
        var j = start + 2
        while j < end, j - start < 1000, bytes[j] != UInt8(ascii: "]") {
            if [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "[")].contains(bytes[j]) { return nil }
            j += 1
        }
        guard j < end, j > start + 2 else { return nil }
        return (String(decoding: bytes[(start + 2)..<j], as: UTF8.self), j + 1)
    }

    /// A line that ends a definition written without a blank line after it.
    private func startsBlock(at i: Int, end: Int) -> Bool {
        let rest = String(decoding: bytes[i..<end], as: UTF8.self)
        return footnoteLabel(at: i, end: end) != nil || ["#", ">", "```", "~~~", "- ", "* ", "+ ", "|"].contains { rest.hasPrefix($0) }
    }

    /// A definition's text as Markdown: its later lines lose the indentation that tied them to it.
    static func dedented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            guard index > 0 else { return String(line) }
            var rest = line
            var width = 0
            while width < 4, let c = rest.first, c == " " || c == "\t" {
                width += c == "\t" ? 4 : 1
                rest = rest.dropFirst()
            }
            return String(rest)
        }.joined(separator: "\n")
    }

    /// Puts each reference's sidenote in place once every definition is known; a reference without
    /// a definition, or a definition no reference uses, is reported where it is written.
    mutating func resolveFootnotes() {
        for reference in footnoteReferences {
            guard let index = footnotes.firstIndex(where: { $0.label == reference.label }) else {
                var message = "footnote [^\(reference.label)] has no definition: add a line '[^\(reference.label)]: …'"
                if let guess = Suggestion.closest(to: reference.label, among: footnotes.map(\.label)) { message += "; did you mean [^\(guess)]?" }
                diagnostics.append(Diagnostic(reference.location, message))
                continue
            }
            footnotes[index].used = true
            embeds[reference.embed] = .aside(Aside(kind: .sidenote, content: footnotes[index].content, location: reference.location))
        }
        for footnote in footnotes where !footnote.used {
            diagnostics.append(Diagnostic(footnote.location, "footnote [^\(footnote.label)] is defined but never referenced", severity: .warning))
        }
        footnoteReferences = []
    }
}
