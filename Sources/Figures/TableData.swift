import Analysis
import Engine
import Numerics
import Planning
import Site
import Store

/// Builds a `table` directive's cells: one row per combination of the row keys, one column per
/// metric, each cell aggregated over seeds; the best value of each column in bold.
enum TableData {
    static func build(_ spec: TableSpec, experiments: [(name: String, planned: PlannedExperiment)],
                      lookup: ExperimentLookup) -> (table: ResultTable, counts: PlotData.Counts) {
        var counts = PlotData.Counts()
        struct Row { var labels: [ConfigValue]; var values: [String: [Double]] = [:]; var diverged = 0; var missing = 0 }
        var rows: [[ConfigValue]: Row] = [:]
        for (name, planned) in experiments {
            // An experiment in another note is named by its id alone: the table's rows stay short.
            let experimentLabel = ConfigValue.string(String(name.split(separator: "/").last ?? Substring(name)))
            for outcome in lookup.trials(of: planned) where outcome.matches(spec.filter) {
                let labels = spec.rows.map { $0 == TableSpec.experimentRow ? experimentLabel : outcome.configValue($0) ?? .string("?") }
                var row = rows[labels] ?? Row(labels: labels)
                if let record = counts.usable(outcome) {
                    for column in spec.columns {
                        if let value = record.value(of: column), value.isFinite { row.values[column, default: []].append(value) }
                    }
                    counts.use(outcome)
                } else if case .done = outcome.state {
                    row.diverged += 1
                } else {
                    row.missing += 1
                }
                rows[labels] = row
            }
        }
        let ordered = rows.values.sorted { a, b in
            for (x, y) in zip(a.labels, b.labels) where x != y {
                if let p = x.number, let q = y.number { return p < q }
                return x.description < y.description
            }
            return false
        }
        // The best mean of each column, for bold.
        var best: [String: Double] = [:]
        for column in spec.columns {
            let means = ordered.compactMap { row in row.values[column].flatMap(SeedSummary.init)?.mean }
            best[column] = spec.vocabulary.higherIsBetter(column) ? means.max() : means.min()
        }
        let tableRows = ordered.map { row -> (labels: [String], cells: [ResultTable.Cell]) in
            let cells = spec.columns.map { column -> ResultTable.Cell in
                guard let summary = row.values[column].flatMap(SeedSummary.init) else {
                    if row.diverged > 0 && row.missing == 0 { return .diverged("\(row.diverged) of the trials diverged") }
                    return .missing(row.missing > 0 ? "\(row.missing) trial\(row.missing == 1 ? "" : "s") not run" : "no value")
                }
                let text = format(summary, spec.aggregate, values: row.values[column] ?? [], higherIsBetter: spec.vocabulary.higherIsBetter(column))
                var title = "\(summary.n) seed\(summary.n == 1 ? "" : "s")"
                if row.diverged > 0 { title += ", \(row.diverged) diverged left out" }
                if row.missing > 0 { title += ", \(row.missing) not run" }
                return .value(text, best: summary.mean == best[column], title: title)
            }
            return (row.labels.map(\.description), cells)
        }
        let table = ResultTable(rowHeaders: spec.rows, columnHeaders: spec.columns.map { label($0, spec.aggregate) },
                                rows: tableRows)
        return (table, counts)
    }

    static func label(_ column: String, _ aggregate: TableSpec.Aggregate) -> String {
        switch aggregate {
        case .meanStd: return "\(column) (mean ± std)"
        case .meanSem: return "\(column) (mean ± sem)"
        case .mean: return "\(column) (mean)"
        case .best: return "\(column) (best seed)"
        }
    }

    static func format(_ summary: SeedSummary, _ aggregate: TableSpec.Aggregate, values: [Double], higherIsBetter: Bool) -> String {
        switch aggregate {
        case .mean: return NumberFormat.quoted.string(summary.mean)
        case .best: return NumberFormat.quoted.string((higherIsBetter ? values.max() : values.min()) ?? summary.mean)
        case .meanStd: return summary.std.map { NumberFormat.withSpread(summary.mean, $0) } ?? NumberFormat.quoted.string(summary.mean)
        case .meanSem: return summary.sem.map { NumberFormat.withSpread(summary.mean, $0) } ?? NumberFormat.quoted.string(summary.mean)
        }
    }
}
