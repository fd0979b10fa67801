import Site

/// What `serve` adds to an HTML page, and only there (a built site never carries it): the script
/// that reloads the page when the notebook is rebuilt, and an overlay listing the problems of the
/// page's note, as `path:line:col: error: …`.
enum PreviewPage {
    static let eventsPath = "/_labbook/events"

    /// A marker the tests and the page's own script look for.
    static let overlayID = "labbook-problems"

    static let script = """
        <script data-labbook-preview>new EventSource("\(eventsPath)").addEventListener("reload", function () { location.reload(); });</script>
        """

    /// `html` with the script, the overlay (when there are problems) and the training banner.
    static func decorate(_ html: String, problems: [String], training: String?) -> String {
        var added = ""
        if !problems.isEmpty { added += overlay(problems) }
        if let training { added += banner(training) }
        added += script
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + added }
        var page = html
        page.insert(contentsOf: added + "\n", at: end.lowerBound)
        return page
    }

    static func overlay(_ problems: [String]) -> String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let lines = problems.map { HTML.escape($0) }.joined(separator: "\n")
        return """
            <div id="\(overlayID)" role="alert" style="position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;\
            margin:0;padding:0.8em 1.2em;background:#2b1111;color:#ffd7d7;font:13px/1.45 ui-monospace,monospace;\
            z-index:2147483647;box-shadow:0 -2px 12px rgba(0,0,0,.4)"><strong>labbook: \(count); fix and save to clear</strong>\
            <pre style="margin:0.5em 0 0;white-space:pre-wrap">\(lines)</pre></div>

            """
    }

    static func banner(_ text: String) -> String {
        """
        <div data-labbook-training style="position:fixed;right:0.8em;top:0.8em;padding:0.3em 0.7em;background:#113;\
        color:#dde;font:12px ui-monospace,monospace;border-radius:4px;z-index:2147483646">\(HTML.escape(text))</div>

        """
    }
}
