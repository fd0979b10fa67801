/// One key of a configuration section (`spurious: {majority_fraction: 0.6}`): its rule, default
/// and a help line. The section's struct holds the value.
package struct ConfigField: Sendable {
    package var name: String
    package var rule: ConfigRule
    /// As README writes it: `0.9`, `5% of the steps`.
    package var defaultText: String
    package var help: String

    package init(_ name: String, _ rule: ConfigRule, default defaultText: String, help: String) {
        self.name = name
        self.rule = rule
        self.defaultText = defaultText
        self.help = help
    }
}
