/// A chart as a file of its own, for a paper or a slide: the same SVG, with an XML declaration
/// and without the dark-mode rule, so it is drawn in the light theme wherever it is opened. Its
/// stylesheet is inside it and its colours have fallbacks, so it needs no page around it.
package enum StandaloneChart {
    package static func svg(_ inline: String) -> String {
        let lines = inline.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("@media (prefers-color-scheme:dark)") }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + lines.joined(separator: "\n") + (inline.hasSuffix("\n") ? "" : "\n")
    }
}
