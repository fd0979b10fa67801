/// CommonMark as cmark reads it, plus what GitHub's Markdown (and Hugo) add and plain cmark lacks:
/// pipe tables, strikethrough and bare-URL autolinks, built on cmark's tree as Swift passes.
/// (Footnotes are found before cmark, by `ContentScanner`, and become sidenotes.)
enum Markdown {
    static func parse(_ text: String) -> MarkdownNode {
        var document = CommonMark.parse(text)
        // A table needs a pipe; most notes have none, and are spared splitting into lines.
        if text.holds(ascii: "|") { PipeTable.extract(in: &document, lines: text.lineSlices) }
        Strikethrough.apply(in: &document)
        BareURL.link(in: &document)
        return document
    }
}
