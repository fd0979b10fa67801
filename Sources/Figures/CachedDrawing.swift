import Foundation
import Notes
import Site

/// A drawn plot or table as it is kept in the figure cache: the same values as `FigureBuilder.Drawn`
/// and the problems found drawing it, in a form that round-trips through JSON exactly.
struct CachedDrawing: Codable {
    /// A problem in the figure's own note is kept by its line's distance from the directive's
    /// first line (`relative`), so a figure moved down the note by new lines above it is the same entry.
    struct Problem: Codable {
        var path: String, line: Int, column: Int, warning: Bool, message: String
        var relative: Bool?
    }

    struct Row: Codable {
        var labels: [String]
        var cells: [Cell]
    }

    enum Cell: Codable {
        case value(String, best: Bool, title: String)
        case diverged(String)
        case missing(String)
    }

    enum Content: Codable {
        case chart(String)
        case table(rowHeaders: [String], columnHeaders: [String], rows: [Row])
        case notDrawn(String)
    }

    var kind: String
    var id: String?
    var content: Content
    var caption: String?
    var fitNotes: String
    var provenance: String
    var csvPath: String?
    var svgPath: String?
    /// The files drawn beside the page (data as CSV, the chart as SVG): each its path and text.
    var files: [[String]]
    var values: [String: String]
    var drawn: Bool
    var problems: [Problem]

    init(_ drawn: FigureBuilder.Drawn?, problems: [Diagnostic], at place: SourceLocation) {
        let figure = drawn?.figure
        kind = figure?.kind.rawValue ?? Figure.Kind.plot.rawValue
        id = figure?.id
        switch figure?.content {
        case .chart(let svg)?: content = .chart(svg)
        case .table(let table)?:
            content = .table(rowHeaders: table.rowHeaders, columnHeaders: table.columnHeaders,
                             rows: table.rows.map { Row(labels: $0.labels, cells: $0.cells.map(Cell.init)) })
        case .notDrawn(let reason)?: content = .notDrawn(reason)
        case nil: content = .notDrawn("")
        }
        caption = figure?.caption
        fitNotes = figure?.fitNotes ?? ""
        provenance = figure?.provenance ?? ""
        csvPath = figure?.csvPath
        svgPath = figure?.svgPath
        files = (drawn?.files ?? []).compactMap { file in
            if case .text(let text) = file.content { return [file.path, text] }
            return nil
        }
        values = drawn?.values ?? [:]
        self.drawn = drawn != nil
        self.problems = problems.map {
            let relative = $0.location.path == place.path
            return Problem(path: $0.location.path, line: relative ? $0.location.line - place.line : $0.location.line,
                           column: $0.location.column, warning: $0.severity == .warning, message: $0.message, relative: relative)
        }
    }

    /// The values the builder made when it drew this.
    /// The figure as drawn for a directive now at `place`.
    func restored(at place: SourceLocation) -> (drawn: FigureBuilder.Drawn?, problems: [Diagnostic]) {
        let diagnostics = problems.map {
            Diagnostic(SourceLocation(path: $0.path, line: $0.relative == true ? place.line + $0.line : $0.line, column: $0.column),
                       $0.message, severity: $0.warning ? .warning : .error)
        }
        guard drawn, let kind = Figure.Kind(rawValue: kind) else { return (nil, diagnostics) }
        let figureContent: Figure.Content
        switch content {
        case .chart(let svg): figureContent = .chart(svg: svg)
        case .table(let rowHeaders, let columnHeaders, let rows):
            figureContent = .table(ResultTable(rowHeaders: rowHeaders, columnHeaders: columnHeaders,
                                               rows: rows.map { (labels: $0.labels, cells: $0.cells.map(\.tableCell)) }))
        case .notDrawn(let reason): figureContent = .notDrawn(reason: reason)
        }
        let figure = Figure(kind: kind, id: id, content: figureContent, caption: caption, fitNotes: fitNotes,
                            provenance: provenance, csvPath: csvPath, svgPath: svgPath)
        let siteFiles = files.compactMap { $0.count == 2 ? SiteFile(path: $0[0], content: .text($0[1])) : nil }
        return (FigureBuilder.Drawn(figure: figure, files: siteFiles, values: values), diagnostics)
    }
}

extension CachedDrawing.Cell {
    init(_ cell: ResultTable.Cell) {
        switch cell {
        case .value(let text, let best, let title): self = .value(text, best: best, title: title)
        case .diverged(let title): self = .diverged(title)
        case .missing(let title): self = .missing(title)
        }
    }

    var tableCell: ResultTable.Cell {
        switch self {
        case .value(let text, let best, let title): .value(text, best: best, title: title)
        case .diverged(let title): .diverged(title)
        case .missing(let title): .missing(title)
        }
    }
}
