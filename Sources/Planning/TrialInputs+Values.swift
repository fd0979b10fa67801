import Engine
import Foundation

extension TrialInputs {
    /// The value of every key the trial was given (defaults filled in), for reading keys by name.
    package var configValues: [String: ConfigValue] {
        if let command { return command.config }
        return config.values
    }

    /// Each key as JSON, as a person reading the record sees it: the engine's configuration, or a
    /// command trial's keys with its command.
    package var configJSONFields: [String: Any] {
        guard let command else { return config.jsonFields }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(command.config),
              var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        object["command"] = command.command
        return object
    }
}

extension TrialConfig {
    /// The value of every key (defaults filled in), by name.
    package var values: [String: ConfigValue] {
        guard let data = try? JSONEncoder().encode(resolved()),
              let table = try? JSONDecoder().decode([String: ConfigValue].self, from: data) else { return [:] }
        return table
    }
}
