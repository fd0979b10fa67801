import Foundation
import Planning

/// Looks up planned trials in the store, and says why missing ones are missing.
public struct StoreIndex: Sendable {
    public let store: ResultsStore
    private let records: [TrialRecord]
    /// Files in the store that could not be read as the record their name says.
    public let damaged: [DamagedRecord]
    /// Made on the first missing trial: a build with nothing missing never needs them.
    private let neighbours: Neighbours

    public init(store: ResultsStore) {
        self.store = store
        (records, damaged) = store.scan()
        neighbours = Neighbours(records)
    }

    /// The records by configuration, to say why a trial is missing.
    private final class Neighbours: @unchecked Sendable {
        private let lock = NSLock()
        private let records: [TrialRecord]
        private var made: (byConfigAndSeed: [String: [TrialRecord]], byConfig: Set<String>, byExperiment: Set<String>)?

        init(_ records: [TrialRecord]) { self.records = records }

        var tables: (byConfigAndSeed: [String: [TrialRecord]], byConfig: Set<String>, byExperiment: Set<String>) {
            lock.withLock {
                if let made { return made }
                var byConfigAndSeed: [String: [TrialRecord]] = [:]
                var byConfig: Set<String> = [], byExperiment: Set<String> = []
                for record in records {
                    byConfigAndSeed[StoreIndex.signature(record.inputs, seed: true), default: []].append(record)
                    byConfig.insert(StoreIndex.signature(record.inputs, seed: false) + "|\(record.inputs.dataset)|\(record.inputs.numericsVersion)")
                    byExperiment.insert(record.provenance.experiment)
                }
                made = (byConfigAndSeed, byConfig, byExperiment)
                return made!
            }
        }
    }

    public func state(of trial: PlannedTrial) -> TrialState {
        switch store.lookup(trial.key) {
        case .found(let record): return record.status == .failed ? .failed(record) : .done(record)
        case .unreadable(let path, let reason): return .missing(.unreadable(path: path, reason: reason))
        case .missing: return .missing(reason(trial))
        }
    }

    private func reason(_ trial: PlannedTrial) -> MissingReason {
        let (byConfigAndSeed, byConfig, byExperiment) = neighbours.tables
        if let same = byConfigAndSeed[Self.signature(trial.inputs, seed: true)] {
            if let older = same.first(where: { $0.inputs.numericsVersion != trial.inputs.numericsVersion && $0.inputs.dataset == trial.inputs.dataset }) {
                return .numericsChanged(from: older.inputs.numericsVersion, to: trial.inputs.numericsVersion)
            }
            if same.contains(where: { $0.inputs.dataset != trial.inputs.dataset }) { return .datasetChanged }
        }
        if byConfig.contains(Self.signature(trial.inputs, seed: false) + "|\(trial.inputs.dataset)|\(trial.inputs.numericsVersion)") {
            return .newSeed
        }
        return byExperiment.contains(trial.experiment) ? .newSweepValue : .new
    }

    /// The configuration's canonical JSON, with or without the seed.
    fileprivate static func signature(_ inputs: TrialInputs, seed: Bool) -> String {
        var copy = inputs
        copy.dataset = ""
        copy.numericsVersion = 0
        if !seed { copy.seed = 0 }
        return String(decoding: copy.canonicalJSON, as: UTF8.self)
    }
}
