import Notes
import Site

/// A plot or table ready for a page: its body, captions and where its data file is.
struct DrawnFigure: Sendable {
    enum Kind: String, Sendable { case plot, table }

    var kind: Kind
    var id: String?
    /// The SVG, or the table.
    var body: String
    /// The author's caption.
    var caption: String?
    /// What labbook adds: the fit with its intervals, held-out points.
    var notes: String
    /// Trials used, trained now or taken from the store, left out.
    var provenance: String
    /// The data file's path in the site.
    var csvPath: String?

    /// The figure as it appears in the page at `page` (the CSV link is relative to it).
    func html(page: String) -> String {
        let anchor = id.map { " id=\"\(kind.rawValue)-\(HTML.escape(Slug.make($0)))\"" } ?? ""
        var html = "<figure class=\"\(kind.rawValue)\"\(anchor)>\n\(body)\n<figcaption>"
        var parts: [String] = []
        if let caption { parts.append(HTML.escape(caption)) }
        if !notes.isEmpty { parts.append("<span class=\"fit\">\(HTML.escape(notes))</span>") }
        var provenance = HTML.escape(self.provenance)
        if let csvPath { provenance += " <a href=\"\(HTML.escape(SitePath.relative(from: page, to: csvPath)))\">Data (CSV)</a>." }
        parts.append("<span class=\"provenance\">\(provenance)</span>")
        html += parts.joined(separator: " ") + "</figcaption>\n</figure>\n"
        return html
    }
}

/// What a figure was drawn from, in words.
enum FigureProvenance {
    static func text(_ counts: PlotData.Counts) -> String {
        let seeds = counts.seeds.sorted().map(String.init).joined(separator: ", ")
        var text = "From \(counts.used) trial\(counts.used == 1 ? "" : "s")"
        if !counts.seeds.isEmpty { text += " (seed\(counts.seeds.count == 1 ? "" : "s") \(seeds))" }
        text += counts.trainedNow == 0 ? ", all taken from the results store" :
            (counts.trainedNow == counts.used ? ", all trained in this build" : ", \(counts.trainedNow) trained in this build and the rest taken from the results store")
        var left: [String] = []
        if counts.diverged > 0 { left.append("\(counts.diverged) diverged") }
        if counts.failed > 0 { left.append("\(counts.failed) failed") }
        if counts.nonFinite > 0 { left.append("\(counts.nonFinite) without a finite value") }
        if !left.isEmpty { text += "; left out: " + left.joined(separator: ", ") }
        if counts.missing > 0 { text += "; \(counts.missing) not run yet" }
        return text + "."
    }
}
