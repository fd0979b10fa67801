/// A key's value when it applies and is not written: a constant, one computed from the other
/// (already resolved) keys, or none (`train_size`: every example).
package struct ConfigDefault<Value: ConfigKeyValue>: Sendable {
    /// As README writes it.
    package var text: String
    let value: @Sendable (TrialConfig) -> Value?

    package static func value(_ value: Value) -> ConfigDefault {
        ConfigDefault(text: value.written) { _ in value }
    }

    package static func computed(_ text: String, _ value: @escaping @Sendable (TrialConfig) -> Value?) -> ConfigDefault {
        ConfigDefault(text: text, value: value)
    }

    /// Left unset: what that means is `text`.
    package static func unset(_ text: String) -> ConfigDefault {
        ConfigDefault(text: text) { _ in nil }
    }
}
