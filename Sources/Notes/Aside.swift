import Foundation

/// A Tufte sidenote (numbered) or margin note (unnumbered), with Markdown inside.
package struct Aside: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable { case sidenote, marginnote }
    package var kind: Kind
    package var content: MarkdownNode
    package var location: SourceLocation
}
