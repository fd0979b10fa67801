import Engine
import Notes

/// A `table` directive: one row per value of a key, one column per metric, mean ± spread over seeds.
public struct TableSpec: Sendable {
    public enum Aggregate: String, Sendable, CaseIterable {
        case meanStd = "mean±std"
        case meanSem = "mean±sem"
        case mean
        case best
    }

    public var id: String?
    public var experiments: [String]
    /// Configuration keys whose values make the rows (several keys make one row per combination).
    public var rows: [String]
    public var columns: [String]
    public var aggregate: Aggregate = .meanStd
    public var caption: String?
    public var filter: [String: String] = [:]
    public var location: SourceLocation

    static let keys = ["id", "experiment", "rows", "columns", "aggregate", "caption", "where"]

    public static func parse(_ directive: Directive) -> (spec: TableSpec?, problems: [Diagnostic]) {
        var reader = DirectiveReader(directive, known: keys)
        var spec = TableSpec(experiments: [], rows: [], columns: [], location: directive.location)
        spec.id = reader.text("id")
        spec.experiments = reader.names("experiment", required: true)
        spec.rows = reader.names("rows", required: true)
        spec.columns = reader.names("columns", required: true)
        spec.caption = reader.text("caption")
        if let aggregate = reader.choice("aggregate", Aggregate.allCases.map(\.rawValue)) { spec.aggregate = Aggregate(rawValue: aggregate)! }
        spec.filter = reader.filter("where", configKeys: TrialConfig.keys)
        for row in spec.rows where !TrialConfig.keys.contains(row) {
            var message = "'rows' names '\(row)', which is not a configuration key"
            if let guess = Suggestion.closest(to: row, among: TrialConfig.keys) { message += "; did you mean '\(guess)'?" }
            reader.report("rows", message)
        }
        for column in spec.columns where !Metric.isKnown(column) {
            var message = "'columns' names '\(column)', which is not a metric"
            if let guess = Suggestion.closest(to: column, among: Metric.all) { message += "; did you mean '\(guess)'?" }
            reader.report("columns", message)
        }
        return (reader.problems.isEmpty ? spec : nil, reader.problems)
    }
}
