import Foundation

/// What a placeholder in a note's parsed text stands for: math kept verbatim, a shortcode, or
/// text that must reach the page exactly as written. The scanner swaps these out before CommonMark
/// parsing so emphasis rules never touch them, and the renderer puts them back.
package enum Embed: Sendable, Hashable {
    case math(MathSpan)
    case aside(Aside)
    case reference(Reference)
    case value(ValueReference)
    case literal(String)
}
