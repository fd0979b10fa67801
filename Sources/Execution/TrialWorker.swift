import Engine
import Foundation
import Notes
import Planning
import Store

/// Runs one trial in this process and stores its record: what `labbook trial KEY` does.
package enum TrialWorker {
    package enum Outcome: Sendable {
        case stored(TrialRecord)
        /// A rerun failed: its failure is kept beside the earlier result, which stays.
        case failedBesideResult(TrialRecord)
        case alreadyDone
    }

    /// `datasets` keeps the last dataset for a worker that trains several trials in turn.
    package static func run(_ manifest: WorkerManifest, force: Bool = false, threads: Int = 1, datasets: DatasetMemo? = nil) throws -> Outcome {
        let store = ResultsStore(folder: URL(fileURLWithPath: manifest.resultsFolder))
        if !force, case .found = store.lookup(manifest.key) { return .alreadyDone }
        let provenance = TrialRecord.Provenance(note: manifest.note, experiment: manifest.experiment, host: Host.name,
                                                labbookVersion: LabbookVersion.string, gitCommit: manifest.gitCommit,
                                                gitDirty: manifest.gitDirty, started: Clock.utcNow())
        let locations = DatasetLocations(fashionMNIST: manifest.fashionMNIST, root: manifest.datasetRoot)
        let record: TrialRecord
        if let command = manifest.inputs.command {
            // The executor sets the BLAS threads it gives each worker (Slurm: the task's CPUs).
            let given = ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"].flatMap { Int($0) } ?? threads
            record = CommandRunner.run(manifest, command, threads: max(1, given), provenance: provenance)
        } else {
            record = train(manifest, store: store, threads: threads, locations: locations, datasets: datasets, provenance: provenance)
        }
        switch try store.write(record) {
        case .record: return .stored(record)
        case .besideResult: return .failedBesideResult(record)
        }
    }
}

extension TrialWorker {
    /// The built-in engine's trial, from scratch or from its upstream trial's weights (`from:`);
    /// `datasets` hands over the dataset the worker's previous trial read, when it is the same.
    static func train(_ manifest: WorkerManifest, store: ResultsStore, threads: Int, locations: DatasetLocations,
                      datasets: DatasetMemo?, provenance: TrialRecord.Provenance) -> TrialRecord {
        let started = Date()
        do {
            let cache = manifest.checkpoints.map { CheckpointCache(folder: URL(fileURLWithPath: $0)) }
            let upstream = try manifest.inputs.upstream.map { key in
                guard let cache else { throw WorkerError("trial \(manifest.key) starts from upstream trial \(key), but its manifest names no checkpoint folder") }
                let records = manifest.upstreamResults.map { ResultsStore(folder: URL(fileURLWithPath: $0)) } ?? store
                return try UpstreamStart(store: records, cache: cache, threads: threads, locations: locations).weights(key)
            }
            let config = manifest.inputs.config
            // A bad configuration is reported as `train` reports it, before any data is read.
            let dataset = config.problems().isEmpty ? try datasets?.dataset(for: config, locations: locations) : nil
            var trained: Checkpoint?
            let result = try Engine.train(config, seed: manifest.inputs.seed,
                                          options: Engine.Options(threads: threads, locations: locations), dataset: dataset,
                                          start: upstream?.0, weights: manifest.keepWeights == true ? { trained = $0 } : nil)
            var stored = TrialRecord(key: manifest.key, inputs: manifest.inputs, result: result, provenance: provenance)
            stored.upstream = upstream.map { UpstreamResult($0.1) }
            if let trained, let cache { try cache.write(trained, key: manifest.key) }
            return stored
        } catch {
            return .failed(key: manifest.key, inputs: manifest.inputs, message: "\(error)",
                           wallSeconds: Date().timeIntervalSince(started), provenance: provenance)
        }
    }
}

enum Host {
    static var name: String { ProcessInfo.processInfo.hostName }
}

enum Clock {
    /// `2026-11-25T14:03:12Z`.
    static func utcNow() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
