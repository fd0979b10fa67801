import Engine
import Foundation

extension TrialConfig {
    /// Each key as it is written in a trial's inputs (JSON), nested settings as nested objects:
    /// what a person reading a record sees, for comparing configurations and exporting them.
    package var jsonFields: [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    /// The configuration as one line of canonical JSON, to key a cache on.
    package var cacheKey: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)  // Plain values: encoding cannot fail.
    }
}
