import Engine
import Notes
import Planning

/// A `table` directive: one row per value of a key, one column per metric, mean ± spread over seeds.
package struct TableSpec: Sendable {
    package enum Aggregate: String, Sendable, CaseIterable {
        case meanStd = "mean±std"
        case meanSem = "mean±sem"
        case mean
        case best
    }

    package var id: String?
    package var experiments: [String]
    /// Configuration keys whose values make the rows (several keys make one row per combination);
    /// `experiment` makes one row per experiment of a table of several.
    package var rows: [String]
    /// The row key that names each trial's experiment rather than a value of its configuration.
    package static let experimentRow = "experiment"
    package var columns: [String]
    package var aggregate: Aggregate = .meanStd
    package var caption: String?
    package var filter: [String: String] = [:]
    package var location: SourceLocation
    /// The names its experiments use, and which metrics are better higher.
    package var vocabulary = Vocabulary.engine

    /// What a table's keys hold, their defaults and help: read by `parse`, listed in README.
    package static let schema = DirectiveSchema(.table, essentials: "experiment, rows and columns", keys: [
        DirectiveKey("id", .text, help: "names the table"),
        DirectiveKey("experiment", .names, required: true, help: "this note's experiment, or `note-slug/id`; a list joins several"),
        DirectiveKey("rows", .names, required: true, help: "configuration keys: one row per value (per combination of several); `experiment`: one row per experiment"),
        DirectiveKey("columns", .names, required: true, help: "metrics: one column each, the best value in bold"),
        DirectiveKey("aggregate", .choice(of: Aggregate.self), default: blank.aggregate.rawValue, help: "how each cell sums up the seeds"),
        DirectiveKey("caption", .text, help: "the table's caption"),
        DirectiveKey("where", .configFilter, help: "only trials with these configuration values"),
    ])

    /// A table with nothing set: where the schema's defaults come from.
    private static let blank = TableSpec(experiments: [], rows: [], columns: [], location: SourceLocation(path: "", line: 0, column: 0))

    /// `vocabulary` gives the names the named experiments use.
    package static func parse(_ directive: Directive, vocabulary: ([String]) -> Vocabulary = { _ in .engine }) -> (spec: TableSpec?, problems: [Diagnostic]) {
        var reader = DirectiveReader(directive, schema: schema)
        var spec = TableSpec(experiments: [], rows: [], columns: [], location: directive.location)
        spec.id = reader.text("id")
        spec.experiments = reader.names("experiment")
        spec.vocabulary = vocabulary(spec.experiments)
        spec.rows = reader.names("rows")
        spec.columns = reader.names("columns")
        spec.caption = reader.text("caption")
        if let aggregate = reader.choice("aggregate") { spec.aggregate = Aggregate(rawValue: aggregate)! }
        spec.filter = reader.filter("where")
        for row in spec.rows where row != experimentRow && !spec.vocabulary.configKeys.contains(row) && !UpstreamField.isKnown(row) {
            var message = "'rows' names '\(row)', which is not a configuration key"
            if let guess = Suggestion.closest(to: row, among: spec.vocabulary.configKeys) { message += "; did you mean '\(guess)'?" }
            reader.report("rows", message)
        }
        for column in spec.columns where !spec.vocabulary.isMetric(column) && !UpstreamField.isKnown(column) {
            var message = "'columns' names '\(column)', which is not a metric"
            if let guess = Suggestion.closest(to: column, among: Metric.all) { message += "; did you mean '\(guess)'?" }
            reader.report("columns", message)
        }
        return (reader.problems.isEmpty ? spec : nil, reader.problems)
    }
}
