import Foundation

/// What a placeholder in a note's parsed text stands for: math kept verbatim, a shortcode, or
/// text that must reach the page exactly as written. The scanner swaps these out before CommonMark
/// parsing so emphasis rules never touch them, and the renderer puts them back.
public enum Embed: Sendable, Hashable {
    case math(source: String, display: Bool)
    case aside(Aside)
    case reference(Reference)
    case value(ValueReference)
    case literal(String)
}

/// A Tufte sidenote (numbered) or margin note (unnumbered), with Markdown inside.
public struct Aside: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case sidenote, marginnote }
    public var kind: Kind
    public var content: MarkdownNode
    public var location: SourceLocation
}

/// `{{< relref "note.md#anchor" >}}` or `{{< ref … >}}`: a link to another note, resolved at build time.
public struct Reference: Sendable, Hashable {
    public var target: String
    public var location: SourceLocation

    /// The note part of the target (before `#`).
    public var notePath: String { String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
    /// The anchor part, without `#`, if any.
    public var anchor: String? {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? String(parts[1]) : nil
    }
}

/// `{{< value "plot-id.b" >}}`: a number from results, quoted in prose.
public struct ValueReference: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation
}

/// The text that stands in for embed number `index` in scanned Markdown. Letters and digits only,
/// so CommonMark leaves it alone in text and in link destinations alike.
public enum Placeholder {
    public static func token(_ index: Int) -> String { "LBQ\(index)QBL" }

    public enum Piece: Equatable { case text(String), embed(Int) }

    /// Splits text into plain runs and placeholder indices.
    public static func pieces(of text: String) -> [Piece] {
        guard text.contains("LBQ") else { return [.text(text)] }
        var result: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "LBQ") {
            let afterOpen = rest[open.upperBound...]
            let digits = afterOpen.prefix { $0.isASCII && $0.isNumber }
            let close = afterOpen.dropFirst(digits.count)
            if !digits.isEmpty, close.hasPrefix("QBL"), let index = Int(digits) {
                if open.lowerBound > rest.startIndex { result.append(.text(String(rest[..<open.lowerBound]))) }
                result.append(.embed(index))
                rest = close.dropFirst(3)
            } else {
                result.append(.text(String(rest[..<open.upperBound])))
                rest = afterOpen
            }
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
