import Engine
import Foundation
import Notes
import Planning
import Store

/// A planned trial and what the store holds for it.
struct TrialOutcome {
    let trial: PlannedTrial
    let state: TrialState
    let trainedNow: Bool

    var record: TrialRecord? {
        if case .done(let record) = state { return record }
        return nil
    }

    /// The value of a configuration key (swept or fixed, defaults filled in).
    /// `from.<key>` is the upstream trial's key or metric (`from.steps`, `from.test_acc`).
    func configValue(_ key: String) -> ConfigValue? {
        if let swept = trial.sweepValues[key] { return swept }
        if let name = UpstreamField.name(key) {
            guard let upstream = record?.upstream else { return nil }
            if name == "seed" { return .int(Int(upstream.seed)) }
            return upstream.config.values[name] ?? record?.value(of: key).map(ConfigValue.double)
        }
        return trial.inputs.configValues[key]
    }

    /// A number for x: a configuration key, `params`/`flops` from the record, or an upstream's (`from.`).
    func number(_ key: String) -> Double? {
        if key == "params" || key == "flops" { return record?.value(of: key) }
        return configValue(key)?.number
    }

    /// Whether the trial's configuration has each of `filter`'s values (numbers compared as numbers).
    func matches(_ filter: [String: String]) -> Bool {
        filter.allSatisfy { key, wanted in
            guard let value = configValue(key) else { return false }
            if let number = value.number, let target = Double(wanted) { return abs(number - target) <= 1e-12 * max(1, abs(target)) }
            return value.description == wanted
        }
    }
}
