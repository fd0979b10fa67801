import Engine
import Foundation
import Store

/// The weights a downstream trial starts from: its upstream trial's checkpoint, or, when that is
/// missing (a fresh clone, another machine, a Slurm node), the upstream trial trained again and
/// checked against its committed record bit for bit before anything starts from it.
struct UpstreamStart {
    let store: ResultsStore
    let cache: CheckpointCache
    let threads: Int
    let locations: DatasetLocations

    /// The upstream's weights and record; throws (failing the downstream trial) when the upstream
    /// has no usable result or its retraining does not reproduce it ("numerics changed").
    func weights(_ key: String) throws -> (Checkpoint, TrialRecord) {
        guard let record = store.record(key) else {
            throw WorkerError("upstream trial \(key) has no result in the store: train its experiment first")
        }
        guard record.status == .ok else {
            throw WorkerError("upstream trial \(key) \(record.status.rawValue) (\(record.messageFirstLine)): there are no weights to start from")
        }
        let checkpoint = try cache.locked(key) { () throws -> Checkpoint in
            if let known = cache.read(key) { return known }
            if let verdict = try? String(contentsOf: cache.mismatchURL(key), encoding: .utf8) { throw WorkerError(verdict) }
            return try rebuild(record)
        }
        return (checkpoint, record)
    }

    /// Trains the upstream trial again (from its own upstream, if it has one) and keeps its weights
    /// only if the new record equals the committed one.
    private func rebuild(_ record: TrialRecord) throws -> Checkpoint {
        let start = try record.inputs.upstream.map { try weights($0).0 }
        var trained: Checkpoint?
        let result = try Engine.train(record.inputs.config, seed: record.inputs.seed,
                                      options: Engine.Options(threads: threads, locations: locations),
                                      start: start, weights: { trained = $0 })
        var again = TrialRecord(key: record.key, inputs: record.inputs, result: result, provenance: record.provenance)
        again.upstream = record.upstream
        if let difference = RecordComparison.firstDifference(recorded: record, now: again) {
            let verdict = "numerics changed: upstream trial \(record.key), trained again because its checkpoint is missing, does not reproduce its committed record (\(difference)), so no downstream trial starts from it; run where the record was made (same BLAS kernel and threads) or retrain the upstream with --rerun"
            try? Data(verdict.utf8).write(to: cache.mismatchURL(record.key), options: .atomic)
            throw WorkerError(verdict)
        }
        guard let trained else { throw WorkerError("upstream trial \(record.key) gave no weights") }
        try cache.write(trained, key: record.key)
        return trained
    }
}
