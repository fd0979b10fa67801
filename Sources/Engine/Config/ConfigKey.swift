/// One key of a trial configuration, declared once (in `ConfigKeys`): its directive spelling,
/// rule, default, when it applies, and a help line. Decoding, encoding, resolution, checking and
/// README's key table all read these declarations.
package struct ConfigKey<Value: ConfigKeyValue>: Sendable {
    package let name: String
    package let rule: ConfigRule
    package let defaults: ConfigDefault<Value>
    package let condition: ConfigCondition
    /// The value it is set to where it does not apply (a linear model's `width` is 0); nil drops it.
    package let otherwise: Value?
    package let help: String
    /// Whether the stored property is optional: only those may be left out of the resolved JSON.
    let optional: Bool
    let get: @Sendable (TrialConfig) -> Value?
    let set: @Sendable (inout TrialConfig, Value?) -> Void

    /// A key stored in an optional property.
    package init(_ name: String, _ path: WritableKeyPath<TrialConfig, Value?> & Sendable, _ rule: ConfigRule,
                default defaults: ConfigDefault<Value>, when condition: ConfigCondition = .always, otherwise: Value? = nil,
                help: String) {
        self.name = name; self.rule = rule; self.defaults = defaults; self.condition = condition
        self.otherwise = otherwise; self.help = help; self.optional = true
        get = { $0[keyPath: path] }
        set = { $0[keyPath: path] = $1 }
    }

    /// A key stored in a property that always holds a value; its default is the property's initial
    /// value (`TrialConfig()`), set where the property is declared.
    package init(_ name: String, stored path: WritableKeyPath<TrialConfig, Value> & Sendable, _ rule: ConfigRule,
                when condition: ConfigCondition = .always, otherwise: Value? = nil, help: String) {
        self.name = name; self.rule = rule; self.condition = condition
        self.otherwise = otherwise; self.help = help; self.optional = false
        let initial = TrialConfig()[keyPath: path]
        defaults = .value(initial)
        get = { $0[keyPath: path] }
        set = { config, value in if let value { config[keyPath: path] = value } }
    }

    /// The value a trial uses: the one written, or the default. Only for keys whose default
    /// always gives a value.
    func value(in config: TrialConfig) -> Value {
        guard let value = get(config) ?? defaults.value(config) else {
            preconditionFailure("'\(name)' has no default: read the configuration's property instead")
        }
        return value
    }

    /// Fills in the default where the key applies and drops (or fixes) it where it does not.
    func resolve(_ config: inout TrialConfig) {
        if condition.holds(config) {
            if get(config) == nil { set(&config, defaults.value(config)) }
        } else if optional || otherwise != nil {
            set(&config, otherwise)
        }
    }

    /// A written value breaking the rule. Keys outside their condition are checked too when written
    /// (a wrong momentum under Adam is still a mistake), except those that always hold a value.
    func problems(_ config: TrialConfig) -> [ConfigProblem] {
        guard optional || condition.holds(config), let value = get(config) else { return [] }
        return value.problems(under: rule, key: name)
    }
}

extension TrialConfig {
    /// The value a trial uses for `key`: the one written, or the key's default.
    package subscript<Value>(key: ConfigKey<Value>) -> Value { key.value(in: self) }
}
