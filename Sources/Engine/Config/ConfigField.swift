/// One key of a configuration section (`spurious: {majority_fraction: 0.6}`): its rule, default
/// and a help line. The section's struct holds the value.
public struct ConfigField: Sendable {
    public var name: String
    public var rule: ConfigRule
    /// As README writes it: `0.9`, `5% of the steps`.
    public var defaultText: String
    public var help: String

    public init(_ name: String, _ rule: ConfigRule, default defaultText: String, help: String) {
        self.name = name
        self.rule = rule
        self.defaultText = defaultText
        self.help = help
    }
}
