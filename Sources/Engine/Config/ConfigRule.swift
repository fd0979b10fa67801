/// What one configuration key may hold: its type, and its range or allowed values. The same rule
/// checks a directive's YAML (in Experiments) and a configuration built in code (`problems()`).
package indirect enum ConfigRule: Sendable {
    /// A whole number, at least `min` and at most `max` when there is one.
    case integer(min: Int, max: Int? = nil)
    case number(NumberRange)
    case choice([String])
    case text
    case flag
    /// A dataset name: `fashion-mnist`, `spurious`, …, `idx:PATH`, `csv:PATH`.
    case dataset
    /// A mapping of its own keys (`teacher: {width: 64}`); never swept.
    case section([ConfigField])
    /// A list of distinct labels (whole numbers ≥ 0), one value: `classes: [5, 6, 7]`. A list of
    /// such lists is a sweep.
    case labels

    /// The allowed values of a `String`-backed enum, in declaration order.
    package static func choice<T: CaseIterable & RawRepresentable>(of _: T.Type) -> ConfigRule where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }

    /// Whether one value is written as a YAML list.
    package var isList: Bool {
        if case .labels = self { return true }
        return false
    }

    package var sweepable: Bool {
        if case .section = self { return false }
        return true
    }

    /// Why a whole number breaks the rule, as the end of a sentence starting with the key.
    package func violation(_ value: Int) -> String? {
        switch self {
        case .integer(let min, let max?) where !(min...max).contains(value): return "must be \(min) to \(max), got \(value)"
        case .integer(let min, nil) where value < min: return "must be at least \(min), got \(value)"
        case .number: return violation(Double(value))
        default: return nil
        }
    }

    package func violation(_ value: Double, _ number: (Double) -> String = \.written) -> String? {
        guard case .number(let range) = self, !range.contains(value) else { return nil }
        return "must be in \(range.written(number)), got \(number(value))"
    }

    package func violation(_ value: [Int]) -> String? {
        guard case .labels = self else { return nil }
        if value.isEmpty { return "must list at least one label" }
        if let negative = value.first(where: { $0 < 0 }) { return "must list labels ≥ 0, got \(negative)" }
        if Set(value).count != value.count { return "lists a label twice" }
        return nil
    }

    package func violation(_ value: String) -> String? {
        switch self {
        case .choice(let allowed) where !allowed.contains(value):
            return "must be one of \(allowed.joined(separator: ", ")), got '\(value)'"
        case .dataset:
            guard (try? DatasetSource(parsing: value)) == nil else { return nil }
            return "names an unknown dataset '\(value)': use \(DatasetSource.names.joined(separator: ", "))"
        default: return nil
        }
    }

    /// The values it allows, for README: `whole number ≥ 1`, `sgd, adam, adamw`.
    package func written(_ number: (Double) -> String) -> String {
        switch self {
        case .integer(let min, let max?): return "whole number \(min) to \(max)"
        case .integer(let min, nil): return "whole number ≥ \(min)"
        case .number(let range): return "number in \(range.written(number))"
        case .choice(let allowed): return allowed.map { "`\($0)`" }.joined(separator: ", ")
        case .text: return "text"
        case .flag: return "`true`, `false`"
        case .dataset: return DatasetSource.names.map { "`\($0)`" }.joined(separator: ", ")
        case .section(let fields): return "{" + fields.map(\.name).joined(separator: ", ") + "}"
        case .labels: return "list of labels"
        }
    }
}
