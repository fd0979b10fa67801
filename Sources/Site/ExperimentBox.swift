import Notes

/// What an experiment's box in a page shows, as plain values (the Site knows nothing of the engine).
public struct ExperimentBox: Sendable {
    public var id: String
    public var total: Int
    public var ok: Int
    public var diverged: Int
    public var failed: Int
    public var missing: Int
    public var trainedNow: Int
    /// `("new seed", 3)`.
    public var missingReasons: [(reason: String, count: Int)]
    /// `("test_loss", "0.4123", "width=512 lr=1e-3 (mean of 3 seeds)")`.
    public var best: [(metric: String, value: String, trial: String)]

    public init(id: String, total: Int, ok: Int, diverged: Int, failed: Int, missing: Int, trainedNow: Int,
                missingReasons: [(reason: String, count: Int)], best: [(metric: String, value: String, trial: String)]) {
        self.id = id; self.total = total; self.ok = ok; self.diverged = diverged; self.failed = failed
        self.missing = missing; self.trainedNow = trainedNow; self.missingReasons = missingReasons; self.best = best
    }

    /// A summary of the trials, never a made-up figure: counts by status, and the best trained values.
    /// `body` is the directive's YAML, shown folded.
    public func html(id: String, body: String) -> String {
        let anchor = " id=\"experiment-\(HTML.escape(Slug.make(id)))\""
        let pending = missing > 0 ? " pending" : ""
        var html = "<figure class=\"directive experiment\(pending)\"\(anchor)>\n"
        html += "<figcaption><span class=\"directive-kind\">experiment</span> <code>\(HTML.escape(id))</code>: "
        html += "\(total) trial\(total == 1 ? "" : "s") — \(ok) ok, \(diverged) diverged, \(failed) failed"
        html += missing > 0 ? ", <strong>\(missing) not run yet</strong>" : ""
        html += "</figcaption>\n"
        if missing > 0 {
            let reasons = missingReasons.map { "\($0.count) \(HTML.escape($0.reason))" }.joined(separator: ", ")
            html += "<p class=\"notice\">Results are missing for \(missing) trial\(missing == 1 ? "" : "s") (\(reasons)); "
                + "run <code>labbook build</code> to train \(missing == 1 ? "it" : "them").</p>\n"
        }
        if !best.isEmpty {
            html += "<table class=\"best\">\n<thead><tr><th>metric</th><th>best</th><th>configuration</th></tr></thead>\n<tbody>\n"
            for row in best {
                html += "<tr><td><code>\(HTML.escape(row.metric))</code></td><td>\(HTML.escape(row.value))</td><td>\(HTML.escape(row.trial))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        let stored = ok + diverged + failed
        if stored > 0 {
            html += "<p class=\"provenance\">\(stored) trial\(stored == 1 ? "" : "s") in the results store"
                + (trainedNow > 0 ? ", \(trainedNow) trained in this build" : ", none trained in this build") + ".</p>\n"
        }
        html += "<details><summary>What it asks for</summary><pre><code class=\"language-yaml\">\(HTML.escape(body))</code></pre></details>\n"
        html += "</figure>\n"
        return html
    }
}
