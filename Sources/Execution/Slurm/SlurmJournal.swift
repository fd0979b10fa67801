import Foundation
import Planning
import Store

/// The notebook's record of what it handed to Slurm: which trial went to which array task.
/// Kept in `.labbook/slurm/journal.json`, so `status`, `cancel` and the next run know.
public struct SlurmJournal: Codable, Sendable {
    public struct Submission: Codable, Sendable, Equatable {
        public var key: String
        /// The array job id and this trial's task index: Slurm's `JOBID_INDEX`.
        public var job: String
        public var task: Int
        public var submitted: String
        /// Its outcome is known: a record, or a failure recorded from Slurm's state.
        public var settled: Bool? = nil

        public var taskID: String { "\(job)_\(task)" }
    }

    public var submissions: [Submission] = []

    public static func url(notebook root: URL) -> URL {
        root.appendingPathComponent(".labbook/slurm/journal.json")
    }

    public static func read(notebook root: URL) -> SlurmJournal {
        guard let data = FileManager.default.contents(atPath: url(notebook: root).path),
              let journal = try? JSONDecoder().decode(SlurmJournal.self, from: data) else { return SlurmJournal() }
        return journal
    }

    public func write(notebook root: URL) throws {
        let url = Self.url(notebook: root)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// The latest submission of each trial.
    public var latest: [String: Submission] {
        var result: [String: Submission] = [:]
        for submission in submissions { result[submission.key] = submission }
        return result
    }
}
