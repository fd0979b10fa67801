/// A type a configuration key can hold: it checks itself against the key's rule and writes itself
/// as README does.
package protocol ConfigKeyValue: Codable, Hashable, Sendable {
    /// Why this value breaks `rule`, each problem naming `key` (and a field inside a section).
    func problems(under rule: ConfigRule, key: String) -> [ConfigProblem]
    var written: String { get }
}

extension Int: ConfigKeyValue {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        rule.violation(self).map { [ConfigProblem(key, $0)] } ?? []
    }
    package var written: String { String(self) }
}

extension UInt64: ConfigKeyValue {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] { [] }
    package var written: String { String(self) }
}

extension Double: ConfigKeyValue {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        rule.violation(self).map { [ConfigProblem(key, $0)] } ?? []
    }
    package var written: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}

extension String: ConfigKeyValue {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        rule.violation(self).map { [ConfigProblem(key, $0)] } ?? []
    }
    package var written: String { self }
}

extension Array: ConfigKeyValue where Element == Int {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        rule.violation(self).map { [ConfigProblem(key, $0)] } ?? []
    }
    package var written: String { "[" + map(String.init).joined(separator: ", ") + "]" }
}

extension Bool: ConfigKeyValue {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] { [] }
    package var written: String { String(self) }
}

/// The choice enums (`OptimizerKind`, `Schedule`, …): decoding already admits only their cases.
extension ConfigKeyValue where Self: RawRepresentable, RawValue == String {
    package func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] { [] }
    package var written: String { rawValue }
}

extension ModelKind: ConfigKeyValue {}
extension Activation: ConfigKeyValue {}
extension Normalization: ConfigKeyValue {}
extension Parametrization: ConfigKeyValue {}
extension Initialization: ConfigKeyValue {}
extension OptimizerKind: ConfigKeyValue {}
extension Schedule: ConfigKeyValue {}
extension Objective: ConfigKeyValue {}
extension GroupWeighting: ConfigKeyValue {}
extension Task: ConfigKeyValue {}
extension Probe: ConfigKeyValue {}
