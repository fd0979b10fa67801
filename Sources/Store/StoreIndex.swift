import Foundation
import Planning

/// Looks up planned trials in the store, and says why missing ones are missing.
package struct StoreIndex: Sendable {
    package let store: ResultsStore
    /// Every readable record in the store.
    package let records: [TrialRecord]
    /// Files in the store that could not be read as the record their name says.
    package let damaged: [DamagedRecord]
    /// Made on the first missing trial: a build with nothing missing never needs them.
    private let neighbours: Neighbours

    package init(store: ResultsStore) {
        self.store = store
        (records, damaged) = store.scan()
        neighbours = Neighbours(records)
    }

    /// The records by configuration, to say why a trial is missing.
    private final class Neighbours: @unchecked Sendable {
        private let lock = NSLock()
        private let records: [TrialRecord]
        private var made: (byConfigAndSeed: [String: [TrialRecord]], byConfig: Set<String>, byExperiment: [String: [TrialRecord]])?

        init(_ records: [TrialRecord]) { self.records = records }

        var tables: (byConfigAndSeed: [String: [TrialRecord]], byConfig: Set<String>, byExperiment: [String: [TrialRecord]]) {
            lock.withLock {
                if let made { return made }
                var byConfigAndSeed: [String: [TrialRecord]] = [:]
                var byConfig: Set<String> = []
                var byExperiment: [String: [TrialRecord]] = [:]
                for record in records {
                    byConfigAndSeed[StoreIndex.signature(record.inputs, seed: true), default: []].append(record)
                    byConfig.insert(StoreIndex.configSignature(record.inputs))
                    byExperiment[record.provenance.experiment, default: []].append(record)
                }
                made = (byConfigAndSeed, byConfig, byExperiment)
                return made!
            }
        }
    }

    package func state(of trial: PlannedTrial) -> TrialState {
        switch store.lookup(trial.key) {
        case .found(let record): return record.status == .failed ? .failed(record) : .done(record)
        case .unreadable(let path, let reason): return .missing(.unreadable(path: path, reason: reason))
        case .missing: return .missing(reason(trial))
        }
    }

    private func reason(_ trial: PlannedTrial) -> MissingReason {
        let (byConfigAndSeed, byConfig, byExperiment) = neighbours.tables
        if let same = byConfigAndSeed[Self.signature(trial.inputs, seed: true)] {
            if let command = trial.inputs.command, let stored = same.compactMap(\.inputs.command).first {
                return .codeChanged(code: CodeChange.paths(stored.code, command.code), env: CodeChange.paths(stored.env, command.env))
            }
            if let older = same.first(where: { $0.inputs.numericsVersion != trial.inputs.numericsVersion && $0.inputs.dataset == trial.inputs.dataset }) {
                return .numericsChanged(from: older.inputs.numericsVersion, to: trial.inputs.numericsVersion)
            }
            if same.contains(where: { $0.inputs.dataset != trial.inputs.dataset }) { return .datasetChanged }
            if same.contains(where: { $0.inputs.upstream != trial.inputs.upstream && $0.provenance.experiment == trial.experiment }) {
                return .upstreamChanged
            }
        }
        if byConfig.contains(Self.configSignature(trial.inputs)) {
            return .newSeed
        }
        guard let others = byExperiment[trial.experiment] else { return .new }
        // The stored configuration closest to this one: if what differs is not swept, say what changed.
        let now = Self.flatConfig(trial.inputs)
        let closest = others.lazy.map { ConfigChange.between(stored: Self.flatConfig($0.inputs), now: now) }
            .min { $0.count < $1.count } ?? []
        let unswept = closest.filter { trial.sweepValues[$0.key] == nil }
        return unswept.isEmpty ? .newSweepValue : .changed(unswept)
    }

    /// Each configuration key's value as JSON text (nested settings as one value).
    private static func flatConfig(_ inputs: TrialInputs) -> [String: String] {
        var flat: [String: String] = [:]
        for (key, value) in inputs.configJSONFields {
            if let text = value as? String { flat[key] = text; continue }
            let piece = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
            flat[key] = piece.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
        }
        return flat
    }

    /// The configuration's canonical JSON, with or without the seed, without what it was trained
    /// on and with (dataset, engine numerics, a command's code, the upstream trial).
    fileprivate static func signature(_ inputs: TrialInputs, seed: Bool) -> String {
        var copy = inputs
        copy.dataset = ""
        copy.numericsVersion = 0
        copy.command?.code = [:]
        copy.command?.env = [:]
        copy.upstream = nil
        if !seed { copy.seed = 0 }
        return String(decoding: copy.canonicalJSON, as: UTF8.self)
    }

    /// The configuration without its seed, with all it was trained with: other seeds of it are in the store.
    fileprivate static func configSignature(_ inputs: TrialInputs) -> String {
        var copy = inputs
        copy.seed = 0
        return String(decoding: copy.canonicalJSON, as: UTF8.self)
    }
}
