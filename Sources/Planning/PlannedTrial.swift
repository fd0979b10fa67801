import Engine

/// One trial an experiment asks for: a point of its sweep with one seed.
package struct PlannedTrial: Sendable, Hashable {
    package var inputs: TrialInputs
    package var key: String
    /// The swept keys' values, for labels and for saying why a trial is missing.
    package var sweepValues: [String: ConfigValue]
    /// `note-slug/id` of the experiment that asks for it.
    package var experiment: String

    package var seed: UInt64 { inputs.seed }
    package var config: TrialConfig { inputs.config }

    /// `width=64 lr=1e-3 seed 2`.
    package func label(order: [String]) -> String {
        let parts = order.compactMap { key in sweepValues[key].map { "\(key)=\($0)" } }
        return (parts + ["seed \(seed)"]).joined(separator: " ")
    }
}
