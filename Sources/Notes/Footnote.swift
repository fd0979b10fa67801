/// A footnote's definition, `[^label]: text` (later lines indented), read by `ContentScanner`.
/// Each reference `[^label]` to it becomes a numbered sidenote at the reference, as tufte-css's
/// Pandoc filters turn footnotes into sidenotes.
struct Footnote {
    var label: String
    var content: MarkdownNode
    var location: SourceLocation
    var used = false

    /// A reference waiting for the definitions, which may come later in the note.
    struct Reference {
        var embed: Int
        var label: String
        var location: SourceLocation
    }
}
