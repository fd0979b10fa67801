import Engine
import Foundation
import Notes
import Planning
import Store

/// A resolved configuration as key → value, for reading keys by name.
enum ConfigTable {
    static func values(of config: TrialConfig) -> [String: ConfigValue] {
        guard let data = try? JSONEncoder().encode(config.resolved()),
              let table = try? JSONDecoder().decode([String: ConfigValue].self, from: data) else { return [:] }
        return table
    }
}
