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
        let started = Date()
        let record: TrialRecord
        do {
            let config = manifest.inputs.config
            // A bad configuration is reported as `train` reports it, before any data is read.
            let dataset = config.problems().isEmpty ? try datasets?.dataset(for: config, locations: locations) : nil
            let result = try Engine.train(config, seed: manifest.inputs.seed,
                                          options: Engine.Options(threads: threads, locations: locations), dataset: dataset)
            record = TrialRecord(key: manifest.key, inputs: manifest.inputs, result: result, provenance: provenance)
        } catch {
            record = .failed(key: manifest.key, inputs: manifest.inputs, message: "\(error)",
                             wallSeconds: Date().timeIntervalSince(started), provenance: provenance)
        }
        switch try store.write(record) {
        case .record: return .stored(record)
        case .besideResult: return .failedBesideResult(record)
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
