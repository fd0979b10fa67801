import Engine
import Notes
import Numerics

/// Every key a kind of directive (experiment, plot, table) may hold, declared once.
package struct DirectiveSchema: Sendable {
    package var kind: Directive.Kind
    package var keys: [DirectiveKey]
    /// What an empty directive is asked to give: `experiment, x and y`.
    package var essentials: String

    package init(_ kind: Directive.Kind, essentials: String, keys: [DirectiveKey]) {
        self.kind = kind
        self.essentials = essentials
        self.keys = keys
    }

    package var names: [String] { keys.map(\.name) }

    package func key(_ name: String) -> DirectiveKey? { keys.first { $0.name == name } }

    /// README's table of these keys, in declaration order.
    package var keyTable: String {
        let showsConditions = keys.contains { !$0.condition.isEmpty }
        var lines = showsConditions
            ? ["| key | values | default | applies to | what it sets |", "|---|---|---|---|---|"]
            : ["| key | values | default | what it sets |", "|---|---|---|---|"]
        for key in keys {
            let values: String
            switch key.value {
            case .rule(let rule): values = rule.written(NumberFormat.configValue.string)
            case .names: values = "a name or a list of names"
            case .configFilter: values = "{configuration key: value, …}"
            case .described(let written): values = written
            }
            let defaultText = key.required ? "required" : Self.code(key.defaultText)
            var cells = ["`\(key.name)`", values, defaultText]
            if showsConditions { cells.append(key.condition.isEmpty ? "all" : key.condition) }
            cells.append(key.help)
            lines.append(Self.row(cells))
            // A section's own keys (`spurious.majority_fraction`) follow it.
            if case .rule(.section(let fields)) = key.value {
                for field in fields {
                    var cells = ["`\(key.name).\(field.name)`", field.rule.written(NumberFormat.configValue.string), Self.code(field.defaultText)]
                    if showsConditions { cells.append(key.condition.isEmpty ? "all" : key.condition) }
                    lines.append(Self.row(cells + [field.help]))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A default that is a value (`0.9`, `adam`) in code font; prose (`5% of the steps`) as it is.
    private static func code(_ text: String) -> String {
        text.contains(" ") || text.contains("`") || text == "—" ? text : "`\(text)`"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}
