import Foundation
import Planning
import Store

/// The notebook's record of what it handed to Slurm: which trial went to which array task.
/// Kept in `.labbook/slurm/journal.json`, so `status`, `cancel` and the next run know.
package struct SlurmJournal: Codable, Sendable {
    package struct Submission: Codable, Sendable, Equatable {
        package var key: String
        /// The array job id and this trial's task index: Slurm's `JOBID_INDEX`.
        package var job: String
        package var task: Int
        package var submitted: String
        /// Its outcome is known: a record, or a failure recorded from Slurm's state.
        package var settled: Bool? = nil

        package var taskID: String { "\(job)_\(task)" }
    }

    package var submissions: [Submission] = []

    package static func url(notebook root: URL) -> URL {
        root.appendingPathComponent(".labbook/slurm/journal.json")
    }

    package static func read(notebook root: URL) -> SlurmJournal {
        guard let data = FileManager.default.contents(atPath: url(notebook: root).path),
              let journal = try? JSONDecoder().decode(SlurmJournal.self, from: data) else { return SlurmJournal() }
        return journal
    }

    package func write(notebook root: URL) throws {
        let url = Self.url(notebook: root)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// The latest submission of each trial.
    package var latest: [String: Submission] {
        var result: [String: Submission] = [:]
        for submission in submissions { result[submission.key] = submission }
        return result
    }
}
