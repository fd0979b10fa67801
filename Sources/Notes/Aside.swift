import Foundation

/// A Tufte sidenote (numbered) or margin note (unnumbered), with Markdown inside.
public struct Aside: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case sidenote, marginnote }
    public var kind: Kind
    public var content: MarkdownNode
    public var location: SourceLocation
}
