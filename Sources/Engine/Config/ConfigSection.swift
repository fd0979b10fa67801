/// A configuration value that is a mapping of its own keys (`teacher`, `spurious`, `patch`,
/// `early_stopping`): its `keys` drive decoding, encoding, checking and README's rows.
package protocol ConfigSection: ConfigKeyValue {
    /// Every field at its default.
    static var defaults: Self { get }
    static var keys: [SectionField<Self>] { get }
    /// What no single field can say (two classes that must differ).
    func combinationProblems(section: String) -> [ConfigProblem]
}

extension ConfigSection {
    package static var fields: [ConfigField] { keys.map(\.field) }

    package func combinationProblems(section: String) -> [ConfigProblem] { [] }

    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        Self.keys.flatMap { $0.problems(self, key) } + combinationProblems(section: key)
    }

    package var written: String { "{" + Self.keys.map { "\($0.name): \($0.written(self))" }.joined(separator: ", ") + "}" }

    /// Fields left out keep their defaults.
    package init(fieldsFrom decoder: Decoder) throws {
        self = Self.defaults
        let container = try decoder.container(keyedBy: ConfigCodingKey.self)
        for key in Self.keys { try key.decode(container, &self) }
    }

    /// Every field, always: a section's JSON (in trial keys) does not depend on what was written.
    package func encodeFields(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: ConfigCodingKey.self)
        for key in Self.keys { try key.encode(self, &container) }
    }
}
