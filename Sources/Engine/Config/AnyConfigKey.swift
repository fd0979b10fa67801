/// A `ConfigKey` of any value type, so that every key can stand in one list (`ConfigKeys.all`).
package struct AnyConfigKey: Sendable {
    package let name: String
    package let rule: ConfigRule
    package let defaultText: String
    package let condition: ConfigCondition
    package let help: String
    let decode: @Sendable (KeyedDecodingContainer<ConfigCodingKey>, inout TrialConfig) throws -> Void
    let encode: @Sendable (TrialConfig, inout KeyedEncodingContainer<ConfigCodingKey>) throws -> Void
    let resolve: @Sendable (inout TrialConfig) -> Void
    let problems: @Sendable (TrialConfig) -> [ConfigProblem]
    /// Copies this key's value from the first configuration into the second.
    package let copy: @Sendable (TrialConfig, inout TrialConfig) -> Void
    /// The value as README writes it, nil when unset.
    package let written: @Sendable (TrialConfig) -> String?

    package init<Value>(_ key: ConfigKey<Value>) {
        name = key.name
        rule = key.rule
        defaultText = key.defaults.text
        condition = key.condition
        help = key.help
        let coding = ConfigCodingKey(key.name)
        decode = { container, config in
            if let value = try container.decodeIfPresent(Value.self, forKey: coding) { key.set(&config, value) }
        }
        encode = { config, container in
            if key.optional { try container.encodeIfPresent(key.get(config), forKey: coding) }
            else { try container.encode(key.get(config)!, forKey: coding) }
        }
        resolve = { key.resolve(&$0) }
        problems = { key.problems($0) }
        copy = { source, target in key.set(&target, key.get(source)) }
        written = { key.get($0)?.written }
    }
}

/// A configuration key's spelling as a coding key.
package struct ConfigCodingKey: CodingKey, Sendable {
    package var stringValue: String
    package var intValue: Int? { nil }
    package init(_ name: String) { stringValue = name }
    package init?(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) { nil }
}
