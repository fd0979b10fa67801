import Notes

/// How directive blocks and `{{< value >}}` shortcodes appear in a page. Until results exist for
/// them, they are marked as not run: never a made-up figure or number.
public struct DirectiveRendering: Sendable {
    /// A directive as HTML in the page at `page` (a path in the site, for relative links).
    public var html: @Sendable (_ directive: Directive, _ note: Note, _ page: String) -> String
    public var value: @Sendable (ValueReference, Note) -> String
    /// Where a note's numbers came from, shown at the foot of its page (nil: nothing to say).
    public var provenance: @Sendable (Note) -> String?
    /// Files the directives produce beside the pages (a figure's data as CSV).
    public var files: [SiteFile]

    public init(html: @escaping @Sendable (Directive, Note, String) -> String,
                value: @escaping @Sendable (ValueReference, Note) -> String,
                provenance: @escaping @Sendable (Note) -> String? = { _ in nil },
                files: [SiteFile] = []) {
        self.html = html
        self.value = value
        self.provenance = provenance
        self.files = files
    }

    /// Every directive as a "not run yet" box showing what it asks for.
    public static let notRunYet = DirectiveRendering(
        html: { directive, _, _ in pendingBox(directive, reason: "not run yet") },
        value: { value, _ in
            "<span class=\"value pending\" title=\"no results yet for \(HTML.escape(value.path))\">[\(HTML.escape(value.path)): not run yet]</span>"
        })

    /// A clearly marked box for a directive without results, with its YAML folded inside.
    public static func pendingBox(_ directive: Directive, reason: String) -> String {
        let id = directive.id.map { " <code>\(HTML.escape($0))</code>" } ?? ""
        let anchor = directive.id.map { " id=\"\(directive.kind.rawValue)-\(HTML.escape(Slug.make($0)))\"" } ?? ""
        return """
        <figure class="directive pending"\(anchor)>
        <figcaption><span class="directive-kind">\(directive.kind.rawValue)</span>\(id): <strong>\(HTML.escape(reason))</strong></figcaption>
        <details><summary>What it asks for</summary><pre><code class="language-yaml">\(HTML.escape(directive.body))</code></pre></details>
        </figure>

        """
    }
}
