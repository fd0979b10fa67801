import Engine

/// One trial an experiment asks for: a point of its sweep with one seed.
public struct PlannedTrial: Sendable, Hashable {
    public var inputs: TrialInputs
    public var key: String
    /// The swept keys' values, for labels and for saying why a trial is missing.
    public var sweepValues: [String: ConfigValue]
    /// `note-slug/id` of the experiment that asks for it.
    public var experiment: String

    public var seed: UInt64 { inputs.seed }
    public var config: TrialConfig { inputs.config }

    /// `width=64 lr=1e-3 seed 2`.
    public func label(order: [String]) -> String {
        let parts = order.compactMap { key in sweepValues[key].map { "\(key)=\($0)" } }
        return (parts + ["seed \(seed)"]).joined(separator: " ")
    }
}
