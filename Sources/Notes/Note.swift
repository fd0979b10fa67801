/// One parsed note: front matter, the Markdown tree, its dated entries and its directives.
package struct Note: Sendable {
    /// Path as given to the user in messages, e.g. `notes/2022-07-18-worst-group.md`.
    package var path: String
    /// Path inside the notes folder, e.g. `2022-07-18-worst-group.md` or `sub/x.md`.
    package var relativePath: String
    package var frontMatter: FrontMatter
    package var slug: String
    /// Front matter date, or the date at the start of the file name.
    package var date: NoteDate?
    package var document: MarkdownNode
    /// What each placeholder in `document` stands for.
    package var embeds: [Embed]
    /// `originalLine[k]` is the note line of line k+1 in the text `document` was parsed from.
    package var originalLine: [Int]
    package var entries: [Entry]
    package var directives: [Directive]
    package var diagnostics: [Diagnostic]

    package var title: String { frontMatter.title ?? slug }
    package var isDraft: Bool { frontMatter.draft }
    package var tags: [String] { frontMatter.tags }

    /// The folder of the note inside the notes folder ("" at the top).
    package var folder: String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    /// The note's own line for a line of the parsed text.
    package func noteLine(_ parsedLine: Int) -> Int {
        guard parsedLine >= 1, parsedLine <= originalLine.count else { return parsedLine }
        return originalLine[parsedLine - 1]
    }

    /// Every heading anchor in the note.
    package var anchors: Set<String> {
        var result: Set<String> = []
        func walk(_ node: MarkdownNode) {
            if let anchor = node.anchor { result.insert(anchor) }
            node.children.forEach(walk)
        }
        walk(document)
        return result
    }

    /// What a link into the note may name after `#`: its headings, and its directives with an id
    /// (`plot-width-law`, as the page anchors them).
    package var linkTargets: Set<String> {
        anchors.union(directives.compactMap { directive in directive.id.map { "\(directive.kind.rawValue)-\(Slug.make($0))" } })
    }

    /// The front matter summary, else the first paragraph as plain text, cut at about 60 words.
    package var summary: String {
        if let summary = frontMatter.summary { return summary }
        guard let paragraph = document.children.first(where: { $0.kind == .paragraph }) else { return "" }
        let words = Self.words(plainText(paragraph))
        return words.prefix(60).joined(separator: " ") + (words.count > 60 ? " …" : "")
    }

    /// The text's words, split at whitespace. ASCII text (most of it) is split at its bytes,
    /// which is where Characters would split it too: a Character's whitespace test looks up its
    /// Unicode properties, and that was most of making a thousand summaries.
    static func words(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace) }
        return utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }).map { Substring($0) }
    }

    /// A node's text with placeholders read back: math as written, notes and links left out.
    package func plainText(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .text:
            return Placeholder.pieces(of: node.literal).map { piece -> String in
                switch piece {
                case .text(let text): return text
                case .embed(let index):
                    guard embeds.indices.contains(index) else { return "" }
                    switch embeds[index] {
                    case .math(let span): return span.source
                    case .literal(let text): return text
                    case .aside, .reference, .value: return ""
                    }
                }
            }.joined()
        case .code: return node.literal
        case .softBreak, .lineBreak: return " "
        default: return node.children.map(plainText).joined()
        }
    }
}
