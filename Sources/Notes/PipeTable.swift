/// GFM pipe tables. Plain cmark reads a table as a paragraph, so a paragraph with a delimiter row
/// (`| --- | :-: |`) right after a row of as many cells becomes a table. Rows are read again from
/// the paragraph's own source lines: cmark's text has had smart punctuation (`---` → `—`) and
/// escapes applied, and has lost where the cells were.
enum PipeTable {
    /// Replaces table paragraphs among the blocks of `node`; `lines` are the text cmark parsed.
    static func extract(in node: inout MarkdownNode, lines: [Substring]) {
        var blocks: [MarkdownNode] = []
        for var child in node.children {
            if child.kind == .paragraph, let replacement = table(from: child, lines: lines) {
                blocks += replacement
                continue
            }
            if [.blockQuote, .list, .item].contains(child.kind) { extract(in: &child, lines: lines) }
            blocks.append(child)
        }
        node.children = blocks
    }

    /// The table a paragraph holds, and the paragraph lines before its header row; nil if none.
    private static func table(from paragraph: MarkdownNode, lines: [Substring]) -> [MarkdownNode]? {
        let first = paragraph.line, last = paragraph.endLine
        guard first >= 1, last > first, last <= lines.count else { return nil }
        let rows = (first...last).map { content(of: lines[$0 - 1], indent: paragraph.column - 1, isFirst: $0 == first) }
        for header in 0..<(rows.count - 1) {
            guard let alignments = delimiterRow(rows[header + 1]), cells(of: rows[header]).count == alignments.count,
                  rows[header].contains("|") || rows[header + 1].contains("|") else { continue }
            var blocks: [MarkdownNode] = []
            if header > 0 {
                // Lines before the header row stay a paragraph, as in GitHub's Markdown.
                blocks += CommonMark.parse(rows[..<header].joined(separator: "\n")).children
                    .map { $0.relocated(line: first, column: paragraph.column) }
            }
            var table = MarkdownNode(kind: .table)
            table.line = first + header
            table.column = paragraph.column
            for index in ([header] + Array((header + 2)..<rows.count)) {
                var row = MarkdownNode(kind: .tableRow)
                row.header = index == header
                row.line = first + index
                row.column = paragraph.column
                var texts = cells(of: rows[index])
                texts = Array(texts.prefix(alignments.count)) + Array(repeating: "", count: max(0, alignments.count - texts.count))
                row.children = zip(texts, alignments).map { text, alignment in
                    var cell = MarkdownNode(kind: .tableCell)
                    cell.alignment = alignment
                    cell.line = row.line
                    cell.column = paragraph.column
                    cell.children = inlines(text).map { $0.relocated(line: row.line, column: paragraph.column) }
                    return cell
                }
                table.children.append(row)
            }
            blocks.append(table)
            return blocks
        }
        return nil
    }

    /// A source line without its container's indentation and `>` markers (known exactly on the
    /// paragraph's first line, from its column; later lines may be lazy, with fewer).
    private static func content(of line: Substring, indent: Int, isFirst: Bool) -> String {
        var rest = Substring(line)
        if isFirst {
            rest = Substring(String(decoding: rest.utf8.dropFirst(indent), as: UTF8.self))
        } else {
            var dropped = 0
            while dropped < indent, let c = rest.first, c == " " || c == "\t" || c == ">" {
                rest = rest.dropFirst()
                dropped += 1
            }
        }
        return String(rest).trimmingSpaces
    }

    /// The cells of a row: split at pipes not escaped by a backslash, outer pipes optional.
    static func cells(of row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var chars = Substring(row)
        if chars.first == "|" { chars = chars.dropFirst() }
        var endsWithPipe = false
        while let c = chars.first {
            chars = chars.dropFirst()
            endsWithPipe = false
            if c == "\\", let next = chars.first {
                current.append(c)
                current.append(next)
                chars = chars.dropFirst()
            } else if c == "|" {
                cells.append(current)
                current = ""
                endsWithPipe = true
            } else {
                current.append(c)
            }
        }
        if !endsWithPipe || cells.isEmpty { cells.append(current) }
        return cells.map(\.trimmingSpaces)
    }

    /// Each column's alignment if `row` is a delimiter row (only `-` with optional colons per cell).
    private static func delimiterRow(_ row: String) -> [TableAlignment]? {
        guard row.contains("-") else { return nil }
        var result: [TableAlignment] = []
        for cell in cells(of: row) {
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// A cell's inline content. `\|` is a pipe even in a code span. The zero-width space in front
    /// keeps cmark from reading a cell such as `# x` or `1. x` as a block, and is removed after.
    private static func inlines(_ text: String) -> [MarkdownNode] {
        guard !text.isEmpty else { return [] }
        let source = "&#8203;" + text.replacingOccurrences(of: "\\|", with: "|")
        guard var nodes = CommonMark.parse(source).children.first?.children, var lead = nodes.first, lead.kind == .text,
              lead.literal.hasPrefix("\u{200B}") else { return [] }
        lead.literal.removeFirst()
        if lead.literal.isEmpty { nodes.removeFirst() } else { nodes[0] = lead }
        return nodes
    }
}

private extension MarkdownNode {
    /// This node and its descendants placed on the source line they were read again from.
    func relocated(line: Int, column: Int) -> MarkdownNode {
        var copy = self
        copy.line = line + max(0, self.line - 1)
        copy.column = self.line <= 1 ? column + max(0, self.column - 1) : self.column
        copy.children = children.map { $0.relocated(line: line, column: column) }
        return copy
    }
}
