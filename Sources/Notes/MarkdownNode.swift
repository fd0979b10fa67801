/// A CommonMark node as a plain Swift value: the tree libcmark parsed, with source lines kept.
public struct MarkdownNode: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        /// GitHub's additions, which plain cmark lacks: pipe tables (rows of cells) and `~~struck~~` text.
        case table, tableRow, tableCell, strikethrough
    }

    public enum Task: Sendable, Hashable { case open, done }

    public var kind: Kind
    public var children: [MarkdownNode] = []
    /// Text of text, code, code blocks and raw HTML.
    public var literal: String = ""
    /// Link and image destination.
    public var url: String = ""
    public var title: String = ""
    /// Heading level.
    public var level: Int = 0
    /// Code block info string (`experiment`, `swift`, …).
    public var info: String = ""
    public var ordered: Bool = false
    public var start: Int = 1
    public var tight: Bool = false
    /// A list item that began with `[ ]` or `[x]`.
    public var task: Task? = nil
    /// A table's header row.
    public var header: Bool = false
    /// A table cell's column alignment.
    public var alignment: TableAlignment = .none
    /// Heading id, unique within its note (dated entries use their date).
    public var anchor: String? = nil
    /// Line and column in the text cmark saw (map through `Note.originalLine` for the note's own lines).
    public var line: Int = 0
    public var column: Int = 0
    /// Last line of a block (a paragraph read again as a table needs its lines).
    public var endLine: Int = 0

    public init(kind: Kind) { self.kind = kind }

    /// Concatenated text of this node and its descendants, as a reader sees it.
    public var plainText: String {
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
