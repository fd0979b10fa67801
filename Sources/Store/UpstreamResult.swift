import Engine

/// What a downstream trial's record keeps of the upstream trial it started from (`from:`): its key,
/// configuration, seed and metrics, so plots, tables and values can use `from.test_acc` or
/// `from.steps` from the record alone.
package struct UpstreamResult: Codable, Sendable, Equatable {
    package var key: String
    /// `note-slug/id` of the experiment that trained it.
    package var experiment: String
    package var config: TrialConfig
    package var seed: UInt64
    package var metrics: [String: Double]

    package init(_ record: TrialRecord) {
        key = record.key
        experiment = record.provenance.experiment
        config = record.inputs.config
        seed = record.inputs.seed
        metrics = record.metrics
    }
}
