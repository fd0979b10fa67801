/// A table of results as plain text cells: what a `table` directive shows.
public struct ResultTable: Sendable {
    public enum Cell: Sendable, Equatable {
        /// A value (`0.412 ± 0.008`), bold when it is the best of its column.
        case value(String, best: Bool, title: String)
        /// Every trial of the cell diverged.
        case diverged(String)
        /// No results (not run yet, or failed).
        case missing(String)
    }

    public var caption: String?
    /// Row-key column headers, then one per metric.
    public var rowHeaders: [String]
    public var columnHeaders: [String]
    public var rows: [(labels: [String], cells: [Cell])]

    public init(caption: String?, rowHeaders: [String], columnHeaders: [String], rows: [(labels: [String], cells: [Cell])]) {
        self.caption = caption
        self.rowHeaders = rowHeaders
        self.columnHeaders = columnHeaders
        self.rows = rows
    }

    /// The `<table>` element; the figure around it and its caption are the caller's.
    public func bodyHTML() -> String {
        var html = "<table class=\"results\">\n<thead><tr>"
        html += rowHeaders.map { "<th scope=\"col\" class=\"key\">\(HTML.escape($0))</th>" }.joined()
        html += columnHeaders.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + row.labels.map { "<th scope=\"row\" class=\"key\">\(HTML.escape($0))</th>" }.joined()
            for cell in row.cells {
                switch cell {
                case .value(let text, let best, let title):
                    let content = best ? "<strong>\(HTML.escape(text))</strong>" : HTML.escape(text)
                    html += "<td title=\"\(HTML.escape(title))\"\(best ? " class=\"best\"" : "")>\(content)</td>"
                case .diverged(let title):
                    html += "<td class=\"diverged\" title=\"\(HTML.escape(title))\">diverged</td>"
                case .missing(let title):
                    html += "<td class=\"missing\" title=\"\(HTML.escape(title))\">not run</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
