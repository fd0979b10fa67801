import Figures
import Foundation
import Planning
import Store

/// `labbook export`: one row per trial with a record (of the selected experiments): its key,
/// experiment, seed, status, resolved configuration and metrics, as CSV or JSON lines for pandas.
package struct TrialExport {
    package enum Format: String, Sendable, CaseIterable { case csv, jsonl }

    struct Row {
        var key: String
        var experiment: String
        var seed: UInt64
        var status: String
        /// Each configuration key's value as it appears in JSON (nested settings as JSON text in CSV).
        var config: [String: Any]
        var metrics: [String: Double]
    }

    let rows: [Row]

    package init(_ planned: PlannedNotebook, only: [Selector]) {
        var rows: [Row] = []
        for experiment in planned.plan.experiments where only.isEmpty || only.contains(where: { $0.matches(experiment.experiment) }) {
            for trial in experiment.trials {
                guard let record = planned.index.state(of: trial).record else { continue }
                rows.append(Row(key: trial.key, experiment: experiment.experiment.qualifiedID, seed: trial.seed,
                                status: record.status.rawValue, config: trial.inputs.configJSONFields, metrics: record.metrics))
            }
        }
        self.rows = rows
    }

    package var count: Int { rows.count }

    package func text(_ format: Format) -> String {
        switch format {
        case .csv: return csv()
        case .jsonl: return rows.map(jsonLine).joined()
        }
    }

    private func csv() -> String {
        let configKeys = Set(rows.flatMap(\.config.keys)).sorted()
        let metricNames = Set(rows.flatMap(\.metrics.keys)).sorted()
        var lines = [(["key", "experiment", "seed", "status"] + configKeys + metricNames).map(CSVField.quoted).joined(separator: ",")]
        for row in rows {
            let fixed = [row.key, row.experiment, "\(row.seed)", row.status]
            let config = configKeys.map { row.config[$0].map(Self.text) ?? "" }
            let metrics = metricNames.map { row.metrics[$0].map(Self.number) ?? "" }
            lines.append((fixed + config + metrics).map(CSVField.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func jsonLine(_ row: Row) -> String {
        // Non-finite metrics (a diverged loss) become null: JSON has no NaN.
        let metrics = row.metrics.mapValues { $0.isFinite ? $0 as Any : NSNull() }
        let object: [String: Any] = ["key": row.key, "experiment": row.experiment, "seed": row.seed, "status": row.status,
                                     "config": row.config, "metrics": metrics]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func text(_ value: Any) -> String {
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return number.stringValue }
        let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }

    /// Shortest text that reads back as the same number; `nan`, `inf` as pandas reads them.
    private static func number(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return "\(Int64(value))" }
        return "\(value)"
    }
}
