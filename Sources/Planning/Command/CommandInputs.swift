import Foundation

/// What a command trial's result depends on beside its seed: the keys it is given, the command,
/// the content of its declared code and environment files, and the version of the contract
/// between labbook and the script. Its part of the trial key.
package struct CommandInputs: Codable, Hashable, Sendable {
    /// Bumped when what labbook hands a script, or how it reads what the script writes, changes.
    package static let contractVersion = 1

    /// The experiment's keys for this trial, as written (labbook reads only their YAML types).
    package var config: [String: ConfigValue]
    package var command: String
    /// Each file under `code:` (folders walked), by its path from the notebook root: SHA-256 of its content.
    package var code: [String: String]
    /// Likewise for `env:` (the files that pin the software).
    package var env: [String: String]
    package var contractVersion: Int

    enum CodingKeys: String, CodingKey {
        case config, command, code, env
        case contractVersion = "contract_version"
    }

    package init(config: [String: ConfigValue], command: String, code: [String: String], env: [String: String],
                 contractVersion: Int = CommandInputs.contractVersion) {
        self.config = config; self.command = command; self.code = code; self.env = env
        self.contractVersion = contractVersion
    }
}
