/// A table of results as plain text cells: what a `table` directive shows.
package struct ResultTable: Sendable {
    package enum Cell: Sendable, Equatable {
        /// A value (`0.412 ± 0.008`), bold when it is the best of its column.
        case value(String, best: Bool, title: String)
        /// Every trial of the cell diverged.
        case diverged(String)
        /// No results (not run yet, or failed).
        case missing(String)
    }

    /// Row-key column headers, then one per metric.
    package var rowHeaders: [String]
    package var columnHeaders: [String]
    package var rows: [(labels: [String], cells: [Cell])]

    package init(rowHeaders: [String], columnHeaders: [String], rows: [(labels: [String], cells: [Cell])]) {
        self.rowHeaders = rowHeaders
        self.columnHeaders = columnHeaders
        self.rows = rows
    }

    /// What `result-table.mustache` is given. Every cell has every key, so that a template never
    /// reads one from an enclosing context by accident.
    var templateContext: [String: Any] {
        [
            "rowHeaders": rowHeaders, "columnHeaders": columnHeaders,
            "rows": rows.map { row -> [String: Any] in ["labels": row.labels, "cells": row.cells.map(\.templateContext)] },
        ]
    }
}

extension ResultTable.Cell {
    var templateContext: [String: Any] {
        switch self {
        case .value(let text, let best, let title):
            ["value": true, "diverged": false, "missing": false, "text": text, "best": best, "title": title]
        case .diverged(let title):
            ["value": false, "diverged": true, "missing": false, "text": "", "best": false, "title": title]
        case .missing(let title):
            ["value": false, "diverged": false, "missing": true, "text": "", "best": false, "title": title]
        }
    }
}
