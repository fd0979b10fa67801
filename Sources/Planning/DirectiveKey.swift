import Engine

/// One key of a directive's schema: what it holds, whether it must be given, its default, when it
/// applies, and a help line. The same rows drive reading, did-you-mean and README's key tables.
package struct DirectiveKey: Sendable {
    /// What a key holds beyond a `ConfigRule`'s single values.
    package enum Value: Sendable {
        case rule(ConfigRule)
        /// One name or a list of names (`experiment: [a, b]`, `columns: [test_loss, test_acc]`).
        case names
        /// `where: {optimizer: adam}`: configuration keys, one value each.
        case configFilter
        /// Read by its directive's own code; README describes its values in these words.
        case described(String)
    }

    package var name: String
    package var value: Value
    package var required: Bool
    /// Said when a required key is missing: `so plots, tables and other notes can name it`.
    package var whyRequired: String?
    /// As README writes it.
    package var defaultText: String
    /// When the key applies, as README writes it; empty: always.
    package var condition: String
    package var help: String

    package init(_ name: String, _ value: Value, required: Bool = false, whyRequired: String? = nil, default defaultText: String = "—",
                when condition: String = "", help: String) {
        self.name = name; self.value = value; self.required = required; self.whyRequired = whyRequired
        self.defaultText = defaultText; self.condition = condition; self.help = help
    }

    package init(_ name: String, _ rule: ConfigRule, required: Bool = false, whyRequired: String? = nil, default defaultText: String = "—",
                when condition: String = "", help: String) {
        self.init(name, .rule(rule), required: required, whyRequired: whyRequired, default: defaultText, when: condition, help: help)
    }
}
