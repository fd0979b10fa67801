import Foundation
import Notes
import Planning
import Store

extension ResultsStore {
    /// Stores a `failed` record for a trial whose worker left none, with the provenance its
    /// manifest gives (note, git commit); a write error leaves it missing, which the next run retries.
    @discardableResult
    package func recordFailure(of trial: PlannedTrial, notebook root: URL, message: String, wallSeconds: Double,
                       host: String, started: String) -> TrialRecord {
        let manifest = try? WorkerManifest.read(notebook: root, key: trial.key)
        let provenance = TrialRecord.Provenance(note: manifest?.note ?? "", experiment: trial.experiment, host: host,
                                                labbookVersion: LabbookVersion.string, gitCommit: manifest?.gitCommit,
                                                gitDirty: manifest?.gitDirty, started: started)
        let record = TrialRecord.failed(key: trial.key, inputs: trial.inputs, message: message, wallSeconds: wallSeconds, provenance: provenance)
        try? write(record)
        return record
    }
}
