import Notes

/// A plot or table ready for a page: what it shows, the author's caption, what labbook adds to it
/// and where its data file is. Plain values; `figure.mustache` turns it into HTML.
package struct Figure: Sendable {
    package enum Kind: String, Sendable { case plot, table }

    package enum Content: Sendable {
        /// The chart, as inline SVG drawn by labbook.
        case chart(svg: String)
        case table(ResultTable)
        /// Nothing to draw yet, and why: "3 trials not run yet; run labbook build to train them".
        case notDrawn(reason: String)
    }

    package var kind: Kind
    package var id: String?
    package var content: Content
    /// The author's caption.
    package var caption: String?
    /// What labbook adds: the fit with its intervals, held-out points ("" for nothing).
    package var fitNotes: String
    /// Trials used, trained now or taken from the store, left out.
    package var provenance: String
    /// The data file's path in the site.
    package var csvPath: String?
    /// The chart as a standalone SVG file in the site, for a paper.
    package var svgPath: String?

    package init(kind: Kind, id: String?, content: Content, caption: String?, fitNotes: String = "", provenance: String,
                csvPath: String? = nil, svgPath: String? = nil) {
        self.kind = kind
        self.id = id
        self.content = content
        self.caption = caption
        self.fitNotes = fitNotes
        self.provenance = provenance
        self.csvPath = csvPath
        self.svgPath = svgPath
    }

    /// What `figure.mustache` is given in the page at `page` (the CSV link is relative to it).
    /// Absent parts are left out, so that the template's sections skip them.
    func templateContext(page: String) -> [String: Any] {
        var context: [String: Any] = ["kind": kind.rawValue, "provenance": provenance]
        if let id { context["anchor"] = "\(kind.rawValue)-\(Slug.make(id))" }
        switch content {
        case .chart(let svg): context["svg"] = svg
        case .table(let table): context["table"] = table.templateContext
        case .notDrawn(let reason): context["notDrawn"] = reason
        }
        if let caption { context["caption"] = caption }
        if !fitNotes.isEmpty { context["fit"] = fitNotes }
        if let csvPath { context["csv"] = SitePath.relative(from: page, to: csvPath) }
        if let svgPath { context["svgFile"] = SitePath.relative(from: page, to: svgPath) }
        return context
    }
}
