/// First pass over a note's Markdown body, before CommonMark sees it: swaps math and shortcodes for
/// placeholders (so emphasis rules never mangle them), leaving code blocks and code spans as written.
/// Keeps a map from the lines of the text it hands on to the note's own lines, and collects every
/// problem with its position instead of stopping at the first.
struct ContentScanner {
    let bytes: [UInt8]
    let lines: LineTable
    var embeds: [Embed] = []
    var diagnostics: [Diagnostic] = []
    /// Footnote definitions and the references waiting for them (see `resolveFootnotes`).
    var footnotes: [Footnote] = []
    var footnoteReferences: [Footnote.Reference] = []

    init(bytes: [UInt8], lines: LineTable) {
        self.bytes = bytes
        self.lines = lines
    }

    struct Output {
        var text: String
        /// `originalLine[k]` is the note line on which line k+1 of `text` starts.
        var originalLine: [Int]
    }

    /// The bytes that may start something the scanner swaps or keeps: escapes, code, footnote
    /// references, math, shortcodes.
    static let special: [Bool] = (0..<256).map { [UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "$"),
                                                   UInt8(ascii: "{")].contains(UInt8($0)) }

    /// Scans `bytes[range]`.
    mutating func scan(_ range: Range<Int>) -> Output {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var lineMap = [lines.location(ofByte: range.lowerBound).line]
        var fence: (char: UInt8, count: Int)? = nil
        var i = range.lowerBound
        let end = range.upperBound

        // Copied span by span, not byte by byte: most of a note is plain text passed on.
        let bytes = self.bytes, lines = self.lines, special = Self.special
        func copy(_ upTo: Int) {
            guard i < upTo else { return }
            out.append(contentsOf: bytes[i..<upTo])
            var from = i
            while let newline = bytes[from..<upTo].firstIndex(of: 0x0A) {
                lineMap.append(lines.location(ofByte: newline + 1).line)
                from = newline + 1
            }
            i = upTo
        }
        /// Leaves lines out but keeps their line breaks, so later lines keep their numbers.
        func skip(_ upTo: Int) {
            while i < upTo {
                if bytes[i] == 0x0A { out.append(0x0A); lineMap.append(lines.location(ofByte: i + 1).line) }
                i += 1
            }
        }
        func emit(_ embed: Embed, through next: Int) {
            embeds.append(embed)
            out.append(contentsOf: Placeholder.token(embeds.count - 1).utf8)
            i = next
        }

        while i < end {
            let atLineStart = i == 0 || bytes[i - 1] == 0x0A
            if atLineStart, let marker = fenceMarker(at: i, end: end) {
                if let open = fence {
                    if marker.char == open.char, marker.count >= open.count, marker.restIsBlank { fence = nil }
                } else {
                    fence = (marker.char, marker.count)
                }
                copy(lineEnd(from: i, end: end))
                continue
            }
            if fence != nil { copy(lineEnd(from: i, end: end)); continue }
            if atLineStart, let definition = footnoteDefinition(at: i, end: end) {
                let location = lines.location(ofByte: i)
                let text = Self.dedented(scanInner(definition.content).text)
                if footnotes.contains(where: { $0.label == definition.label }) {
                    report(i, "footnote [^\(definition.label)] is defined twice; the first definition is used")
                } else {
                    footnotes.append(Footnote(label: definition.label, content: Markdown.parse(text), location: location))
                }
                skip(definition.content.upperBound)
                continue
            }

            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\\"):
                // `\(…\)` and `\[…\]` are LaTeX's own delimiters; any other escape is CommonMark's.
                if let close = bracketedMathEnd(from: i, end: end) {
                    let source = String(decoding: bytes[i..<close], as: UTF8.self)
                    emit(.math(MathSpan(source: source, display: bytes[i + 1] == UInt8(ascii: "["), location: lines.location(ofByte: i))),
                         through: close)
                } else {
                    copy(min(i + 2, end))
                }
            case UInt8(ascii: "`"):
                copy(codeSpanEnd(from: i, end: end))
            case UInt8(ascii: "[") where footnoteLabel(at: i, end: end) != nil:
                let (label, close) = footnoteLabel(at: i, end: end)!
                footnoteReferences.append(Footnote.Reference(embed: embeds.count, label: label, location: lines.location(ofByte: i)))
                emit(.literal("[^\(label)]"), through: close)
            case UInt8(ascii: "$"):
                if let close = mathEnd(from: i, end: end) {
                    let source = String(decoding: bytes[i..<close], as: UTF8.self)
                    emit(.math(MathSpan(source: source, display: source.hasPrefix("$$"), location: lines.location(ofByte: i))), through: close)
                } else {
                    copy(i + (i + 1 < end && bytes[i + 1] == b ? 2 : 1))
                }
            case UInt8(ascii: "{") where i + 2 < end && bytes[i + 1] == b
                && (bytes[i + 2] == UInt8(ascii: "<") || bytes[i + 2] == UInt8(ascii: "%")):
                scanShortcode(end: end, copy: copy, emit: emit)
            default:
                // A run of ordinary text, through the end of its line (where fences and footnote
                // definitions may start), in one piece.
                var next = i + 1
                while next < end, bytes[next - 1] != 0x0A, !special[Int(bytes[next])] { next += 1 }
                copy(next)
            }
        }
        return Output(text: String(decoding: out, as: UTF8.self), originalLine: lineMap)

        func scanShortcode(end: Int, copy: (Int) -> Void, emit: (Embed, Int) -> Void) {
            let start = i
            if let escapedEnd = escapedShortcodeEnd(from: start, end: end) {
                // `{{</* name */>}}` shows the shortcode itself, as Hugo does.
                let inner = String(decoding: bytes[(start + 5)..<(escapedEnd - 5)], as: UTF8.self)
                let d = Character(UnicodeScalar(bytes[start + 2]))
                let c = Character(UnicodeScalar(ShortcodeTag.closingDelimiter(bytes[start + 2])))
                emit(.literal("{{\(d)\(inner)\(c)}}"), escapedEnd)
                return
            }
            let tag: ShortcodeTag
            do {
                tag = try ShortcodeTag.parse(bytes, at: start, limit: end)
            } catch {
                let d = Character(UnicodeScalar(bytes[start + 2]))
                let c = Character(UnicodeScalar(ShortcodeTag.closingDelimiter(bytes[start + 2])))
                let message = error == .missingName
                    ? "shortcode `{{\(d)` has no name"
                    : "unterminated shortcode: `{{\(d)` is never closed with `\(c)}}`"
                report(start, message)
                copy(start + 3)
                return
            }
            guard let wraps = ShortcodeTag.known[tag.name] else {
                let names = ShortcodeTag.known.keys.sorted()
                var message = "unknown shortcode '\(tag.name)'"
                if let guess = Suggestion.closest(to: tag.name, among: names) { message += "; did you mean '\(guess)'?" }
                else { message += " (labbook knows \(names.joined(separator: ", ")))" }
                report(start, message)
                emit(.literal(String(decoding: bytes[start..<tag.end], as: UTF8.self)), tag.end)
                return
            }
            let location = lines.location(ofByte: start)
            if tag.isClosing {
                report(start, "closing shortcode '\(tag.spelled)' has no opening '\(tag.name)'")
                emit(.literal(String(decoding: bytes[start..<tag.end], as: UTF8.self)), tag.end)
                return
            }
            if wraps {
                guard let close = closingTag(for: tag, end: end) else {
                    report(start, "unclosed shortcode '\(tag.name)': expected '{{% /\(tag.name) %}}' after it")
                    emit(.literal(String(decoding: bytes[start..<tag.end], as: UTF8.self)), tag.end)
                    return
                }
                if !tag.positional.isEmpty || !tag.named.isEmpty {
                    report(start, "shortcode '\(tag.name)' takes no arguments")
                }
                let scanned = scanInner(tag.end..<close.start)
                let aside = Aside(kind: tag.name == "sidenote" ? .sidenote : .marginnote,
                                  content: Markdown.parse(scanned.text), location: location)
                emit(.aside(aside), close.end)
                return
            }
            guard tag.positional.count == 1, tag.named.isEmpty else {
                report(start, "shortcode '\(tag.name)' takes exactly one quoted argument, e.g. {{< \(tag.name) \"\(tag.name == "value" ? "plot-id.b" : "other-note.md")\" >}}")
                emit(.literal(String(decoding: bytes[start..<tag.end], as: UTF8.self)), tag.end)
                return
            }
            let argument = tag.positional[0]
            if tag.name == "value" {
                emit(.value(ValueReference(path: argument, location: location)), tag.end)
            } else {
                emit(.reference(Reference(target: argument, location: location)), tag.end)
            }
        }
    }

    /// Scans text inside a shortcode or footnote, sharing embeds, footnotes and diagnostics.
    private mutating func scanInner(_ range: Range<Int>) -> Output {
        var inner = self
        let output = inner.scan(range)
        self = inner
        return output
    }

    private mutating func report(_ offset: Int, _ message: String) {
        diagnostics.append(Diagnostic(lines.location(ofByte: offset), message))
    }

    /// The matching `{{% /name %}}` (either delimiter) for a wrapping shortcode; nil if another
    /// opening of the same name, or the end, comes first.
    private func closingTag(for open: ShortcodeTag, end: Int) -> ShortcodeTag? {
        var j = open.end
        while j + 2 < end {
            if bytes[j] == UInt8(ascii: "{"), bytes[j + 1] == UInt8(ascii: "{"),
               bytes[j + 2] == UInt8(ascii: "<") || bytes[j + 2] == UInt8(ascii: "%"),
               let tag = try? ShortcodeTag.parse(bytes, at: j, limit: end) {
                if tag.name == open.name { return tag.isClosing ? tag : nil }
                j = tag.end
            } else {
                j += 1
            }
        }
        return nil
    }

    private func escapedShortcodeEnd(from start: Int, end: Int) -> Int? {
        let d = ShortcodeTag.closingDelimiter(bytes[start + 2])
        guard start + 4 < end, bytes[start + 3] == UInt8(ascii: "/"), bytes[start + 4] == UInt8(ascii: "*") else { return nil }
        var j = start + 5
        while j + 4 < end {
            if bytes[j] == UInt8(ascii: "*"), bytes[j + 1] == UInt8(ascii: "/"), bytes[j + 2] == d,
               bytes[j + 3] == UInt8(ascii: "}"), bytes[j + 4] == UInt8(ascii: "}") { return j + 5 }
            j += 1
        }
        return nil
    }

    private struct FenceMarker { var char: UInt8; var count: Int; var restIsBlank: Bool }

    /// A code fence (```` ``` ```` or `~~~`) starting the line at `i`, after any indentation.
    private func fenceMarker(at start: Int, end: Int) -> FenceMarker? {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == UInt8(ascii: ">") { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") else { return nil }
        let char = bytes[i]
        var count = 0
        while i < end, bytes[i] == char { count += 1; i += 1 }
        guard count >= 3 else { return nil }
        let lineStop = lineEnd(from: i, end: end)
        let rest = bytes[i..<lineStop]
        return FenceMarker(char: char, count: count, restIsBlank: rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
    }

    /// Offset just past the end of the line containing `i` (past its newline).
    func lineEnd(from i: Int, end: Int) -> Int {
        var j = i
        while j < end, bytes[j] != 0x0A { j += 1 }
        return min(j + 1, end)
    }

    /// End of a code span opened by the backtick run at `start`, or just past the run if it never closes
    /// before a blank line (then the backticks are literal, as CommonMark says).
    private func codeSpanEnd(from start: Int, end: Int) -> Int {
        var j = start
        while j < end, bytes[j] == UInt8(ascii: "`") { j += 1 }
        let runLength = j - start
        let afterRun = j
        while j < end {
            if bytes[j] == 0x0A, isBlankLine(after: j, end: end) { return afterRun }
            if bytes[j] == UInt8(ascii: "`") {
                var k = j
                while k < end, bytes[k] == UInt8(ascii: "`") { k += 1 }
                if k - j == runLength { return k }
                j = k
            } else {
                j += 1
            }
        }
        return afterRun
    }

    private func isBlankLine(after newline: Int, end: Int) -> Bool {
        var j = newline + 1
        while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
        return j >= end || bytes[j] == 0x0A
    }

    /// End of the math starting at `start`: `$$…$$` (may span lines) or `$…$` on one line, with
    /// Pandoc's rule that keeps prices literal (no space inside the dollars, no digit right after).
    private func mathEnd(from start: Int, end: Int) -> Int? {
        let dollar = UInt8(ascii: "$")
        if start + 1 < end, bytes[start + 1] == dollar {
            var j = start + 2
            while j + 1 < end {
                if bytes[j] == UInt8(ascii: "\\") { j += 2; continue }
                if bytes[j] == dollar, bytes[j + 1] == dollar { return j > start + 2 ? j + 2 : nil }
                j += 1
            }
            return nil
        }
        guard start + 1 < end, !isSpace(bytes[start + 1]) else { return nil }
        var j = start + 1
        while j < end, bytes[j] != 0x0A {
            if bytes[j] == UInt8(ascii: "\\") { j += 2; continue }
            if bytes[j] == dollar {
                let spaceBefore = isSpace(bytes[j - 1])
                let digitAfter = j + 1 < end && bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39
                if !spaceBefore && !digitAfter && j > start + 1 { return j + 1 }
                if spaceBefore { return nil }
            }
            j += 1
        }
        return nil
    }

    /// End of `\(…\)` (one paragraph) or `\[…\]` (may span lines) starting at `start`; nil when
    /// it never closes, and then the backslash is an ordinary escape.
    private func bracketedMathEnd(from start: Int, end: Int) -> Int? {
        guard start + 1 < end else { return nil }
        let close: UInt8
        switch bytes[start + 1] {
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        default: return nil
        }
        var j = start + 2
        while j + 1 < end {
            if bytes[j] == 0x0A, close == UInt8(ascii: ")"), isBlankLine(after: j, end: end) { return nil }
            if bytes[j] == UInt8(ascii: "\\") {
                if bytes[j + 1] == close { return j > start + 2 ? j + 2 : nil }
                j += 2
                continue
            }
            j += 1
        }
        return nil
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
