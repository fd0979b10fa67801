/// A CommonMark node as a plain Swift value: the tree libcmark parsed, with source lines kept.
package struct MarkdownNode: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        /// GitHub's additions, which plain cmark lacks: pipe tables (rows of cells) and `~~struck~~` text.
        case table, tableRow, tableCell, strikethrough
    }

    package enum Task: Sendable, Hashable { case open, done }

    package var kind: Kind
    package var children: [MarkdownNode] = []
    /// Text of text, code, code blocks and raw HTML.
    package var literal: String = ""
    /// Link and image destination.
    package var url: String = ""
    package var title: String = ""
    /// Heading level.
    package var level: Int = 0
    /// Code block info string (`experiment`, `swift`, …).
    package var info: String = ""
    package var ordered: Bool = false
    package var start: Int = 1
    package var tight: Bool = false
    /// A list item that began with `[ ]` or `[x]`.
    package var task: Task? = nil
    /// A table's header row.
    package var header: Bool = false
    /// A table cell's column alignment.
    package var alignment: TableAlignment = .none
    /// Heading id, unique within its note (dated entries use their date).
    package var anchor: String? = nil
    /// Line and column in the text cmark saw (map through `Note.originalLine` for the note's own lines).
    package var line: Int = 0
    package var column: Int = 0
    /// Last line of a block (a paragraph read again as a table needs its lines).
    package var endLine: Int = 0

    package init(kind: Kind) { self.kind = kind }

    /// Concatenated text of this node and its descendants, as a reader sees it.
    package var plainText: String {
        switch kind {
        case .text, .code: return literal
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }
}

extension MarkdownNode {
    /// This text node cut down to part of its text, keeping its position (passes that split text use it).
    func holding(_ characters: ArraySlice<Character>) -> MarkdownNode {
        var piece = self
        piece.literal = String(characters)
        return piece
    }
}
