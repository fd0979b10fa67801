/// Parses one note's text. Never fails: problems become diagnostics with positions, and whatever
/// can still be read is kept, so a broken note degrades instead of stopping the build.
package enum NoteParser {
    package static func parse(_ text: String, path: String, relativePath: String) -> Note {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte-order mark
        let lines = LineTable(path: path, bytes: bytes)
        var diagnostics: [Diagnostic] = []

        // Front matter: `---` on line 1 up to a closing `---` (or `...`).
        var frontMatter = FrontMatter()
        var bodyStart = 0
        if let split = frontMatterRange(bytes) {
            switch split {
            case .yaml(let yaml, let next):
                let yamlText = String(decoding: bytes[yaml], as: UTF8.self)
                frontMatter = FrontMatter.read(yamlText, path: path, firstLine: 2, diagnostics: &diagnostics)
                bodyStart = next
            case .unclosed:
                diagnostics.append(Diagnostic(lines.location(line: 1, column: 1), "front matter opened with '---' on line 1 is never closed with '---'"))
                bodyStart = bytes.count
            case .toml:
                diagnostics.append(Diagnostic(lines.location(line: 1, column: 1), "TOML front matter ('+++') is not supported; write YAML between '---' lines"))
                bodyStart = bytes.count
            }
        }

        var scanner = ContentScanner(bytes: bytes, lines: lines)
        let scanned = scanner.scan(bodyStart..<bytes.count)
        scanner.resolveFootnotes()
        diagnostics += scanner.diagnostics
        var document = Markdown.parse(scanned.text)

        let fileName = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let fromFile = Slug.fromFileName(fileName)
        var note = Note(path: path, relativePath: relativePath, frontMatter: frontMatter,
                        slug: frontMatter.slug.map(Slug.make) ?? fromFile.slug,
                        date: frontMatter.date ?? fromFile.date, document: document, embeds: scanner.embeds,
                        originalLine: scanned.originalLine, entries: [], directives: [], diagnostics: [])
        if note.slug.isEmpty { note.slug = "note" }

        var anchors = AnchorNamer()
        markTasks(&document)
        nameHeadings(&document, note: note, anchors: &anchors, diagnostics: &diagnostics)
        note.document = document
        note.entries = entries(in: document, note: note)
        note.directives = directives(in: document, note: note, source: scanned.text, diagnostics: &diagnostics)
        note.diagnostics = diagnostics.sorted { $0.location < $1.location }
        return note
    }

    private enum FrontMatterSplit { case yaml(Range<Int>, next: Int), unclosed, toml }

    private static func frontMatterRange(_ bytes: [UInt8]) -> FrontMatterSplit? {
        func line(at start: Int) -> (text: String, next: Int) {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
            return (text, min(end + 1, bytes.count))
        }
        let first = line(at: 0)
        if first.text == "+++" { return .toml }
        guard first.text == "---" else { return nil }
        var start = first.next
        while start < bytes.count {
            let current = line(at: start)
            if current.text == "---" || current.text == "..." { return .yaml(first.next..<start, next: current.next) }
            start = current.next
        }
        return .unclosed
    }

    /// `- [ ] todo` and `- [x] done` items become task items, with the marker removed.
    private static func markTasks(_ node: inout MarkdownNode) {
        if node.kind == .item, var paragraph = node.children.first, paragraph.kind == .paragraph,
           var text = paragraph.children.first, text.kind == .text {
            let literal = text.literal
            for (marker, task) in [("[ ]", MarkdownNode.Task.open), ("[x]", .done), ("[X]", .done)]
            where literal.hasPrefix(marker) && (literal.count == 3 || literal.dropFirst(3).first == " ") {
                node.task = task
                text.literal = String(literal.dropFirst(3).drop { $0 == " " })
                paragraph.children[0] = text
                node.children[0] = paragraph
                break
            }
        }
        for i in node.children.indices { markTasks(&node.children[i]) }
    }

    private static func nameHeadings(_ node: inout MarkdownNode, note: Note, anchors: inout AnchorNamer,
                                     diagnostics: inout [Diagnostic]) {
        if node.kind == .heading {
            let text = note.plainText(node).trimmingSpaces
            var name = Slug.make(text)
            if let dated = datedHeading(text) {
                switch dated {
                case .valid(let date, _): if node.level == 2 { name = date.dayString }
                case .invalid(let written):
                    diagnostics.append(Diagnostic(SourceLocation(path: note.path, line: note.noteLine(node.line), column: node.column),
                                                  "bad date '\(written)' in heading: a dated entry is '## YYYY-MM-DD' with a real day"))
                }
            }
            node.anchor = anchors.unique(name.isEmpty ? "section" : name)
        }
        for i in node.children.indices { nameHeadings(&node.children[i], note: note, anchors: &anchors, diagnostics: &diagnostics) }
    }

    private enum DatedHeading { case valid(NoteDate, title: String), invalid(String) }

    /// A heading that starts with `YYYY-MM-DD`, and the title after it.
    private static func datedHeading(_ text: String) -> DatedHeading? {
        let prefix = String(text.prefix(10))
        let shape = prefix.unicodeScalars.enumerated().allSatisfy { i, c in
            (i == 4 || i == 7) ? c == "-" : ("0"..."9").contains(c)
        }
        guard prefix.count == 10, shape else { return nil }
        let rest = text.dropFirst(10)
        if let next = rest.first, next.isLetter || next.isNumber { return nil }
        guard let date = NoteDate(prefix) else { return .invalid(prefix) }
        let title = rest.drop { $0 == " " || $0 == ":" || $0 == "—" || $0 == "–" || $0 == "-" || $0 == "·" }
        return .valid(date, title: String(title).trimmingSpaces)
    }

    private static func entries(in document: MarkdownNode, note: Note) -> [Entry] {
        var result: [Entry] = []
        let blocks = document.children
        for (index, block) in blocks.enumerated() where block.kind == .heading && block.level == 2 {
            guard case .valid(let date, let title)? = datedHeading(note.plainText(block).trimmingSpaces) else { continue }
            var end = index + 1
            while end < blocks.count, !(blocks[end].kind == .heading && blocks[end].level <= 2) { end += 1 }
            result.append(Entry(date: date, anchor: block.anchor ?? date.dayString, title: title, headingIndex: index,
                                blocks: (index + 1)..<end,
                                location: SourceLocation(path: note.path, line: note.noteLine(block.line), column: block.column)))
        }
        return result
    }

    private static func directives(in node: MarkdownNode, note: Note, source: String, diagnostics: inout [Diagnostic]) -> [Directive] {
        lazy var lines = source.lineSlices
        var result: [Directive] = []
        func walk(_ node: MarkdownNode) {
            if node.kind == .codeBlock, let directive = directive(node, note: note) {
                // Never closed, the block runs to the end of the note: its "YAML" is the rest of the
                // note, and the error worth giving is the missing fence, not what YAML makes of prose.
                if isClosed(fenceAt: node.line, in: lines) {
                    result.append(directive)
                } else {
                    diagnostics.append(Diagnostic(directive.location, "this \(directive.kind.rawValue) block is never closed: "
                                                  + "end its YAML with a line of three backticks"))
                }
            }
            node.children.forEach(walk)
        }
        walk(node)
        return result
    }

    /// Whether the fenced block opened on line `line` (1-based) has a closing fence after it.
    static func isClosed(fenceAt line: Int, in lines: [Substring]) -> Bool {
        guard line >= 1, line <= lines.count else { return true }
        let opening = lines[line - 1].drop { $0 == " " }
        guard let mark = opening.first, mark == "`" || mark == "~" else { return true }  // not a fence: indented code
        let length = opening.prefix { $0 == mark }.count
        for candidate in lines[line...] {
            let indent = candidate.prefix { $0 == " " }.count
            let rest = candidate.dropFirst(indent)
            let run = rest.prefix { $0 == mark }.count
            if indent <= 3, run >= length, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return true }
        }
        return false
    }

    /// The directive a code block stands for, if its info string names one.
    package static func directive(_ node: MarkdownNode, note: Note) -> Directive? {
        let word = node.info.split(separator: " ").first.map(String.init) ?? ""
        guard let kind = Directive.Kind(rawValue: word) else { return nil }
        let fenceLine = note.noteLine(node.line)
        let root = try? YAMLNode.parse(node.literal, path: note.path, firstLine: fenceLine + 1)
        return Directive(kind: kind, body: node.literal,
                         location: SourceLocation(path: note.path, line: fenceLine, column: node.column),
                         bodyFirstLine: fenceLine + 1, id: root?["id"]?.string)
    }
}
