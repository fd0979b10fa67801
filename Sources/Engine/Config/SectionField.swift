/// One key inside a configuration section (`spurious: {majority_fraction: 0.6}`), declared once in
/// its section's `keys`: spelling, property, rule and help. The default is the property's value in
/// the section's `defaults`.
package struct SectionField<Section: ConfigSection>: Sendable {
    package let name: String
    package let rule: ConfigRule
    package let help: String
    let problems: @Sendable (Section, _ section: String) -> [ConfigProblem]
    let written: @Sendable (Section) -> String
    let decode: @Sendable (KeyedDecodingContainer<ConfigCodingKey>, inout Section) throws -> Void
    let encode: @Sendable (Section, inout KeyedEncodingContainer<ConfigCodingKey>) throws -> Void

    package init<Value: ConfigKeyValue>(_ name: String, _ path: WritableKeyPath<Section, Value> & Sendable, _ rule: ConfigRule, help: String) {
        self.name = name
        self.rule = rule
        self.help = help
        let coding = ConfigCodingKey(name)
        problems = { value, section in
            value[keyPath: path].problems(under: rule, key: name).map { ConfigProblem([section] + $0.keyPath, $0.message) }
        }
        written = { $0[keyPath: path].written }
        decode = { container, value in
            if let field = try container.decodeIfPresent(Value.self, forKey: coding) { value[keyPath: path] = field }
        }
        encode = { value, container in try container.encode(value[keyPath: path], forKey: coding) }
    }

    /// As the experiment schema and README see it.
    package var field: ConfigField { ConfigField(name, rule, default: written(Section.defaults), help: help) }
}
