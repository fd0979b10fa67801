import Engine
import Foundation
import Notes
import Planning
import Store

/// What a `labbook trial KEY` worker needs, written by the build into the notebook's
/// `.labbook/trials/KEY.json`: the same contract serves the local executor and a cluster's.
package struct WorkerManifest: Codable, Sendable {
    package var key: String
    package var inputs: TrialInputs
    package var note: String
    package var experiment: String
    /// Fashion-MNIST's folder, and the folder relative dataset paths start from.
    package var fashionMNIST: String
    package var datasetRoot: String
    package var resultsFolder: String
    package var gitCommit: String?
    package var gitDirty: Bool?
    /// How to run a command trial (its timeout, which metrics are higher-better); nil for the engine's.
    package var command: CommandRun? = nil
    /// `.labbook/checkpoints/` of the notebook, for a trial a downstream trial needs or one with an upstream.
    package var checkpoints: String?
    /// Keep the trained weights there: a downstream trial starts from this one.
    package var keepWeights: Bool?
    /// Where the upstream trials' records are, when not in `resultsFolder` (`labbook verify`'s scratch store).
    package var upstreamResults: String?

    enum CodingKeys: String, CodingKey {
        case key, inputs, note, experiment, command, checkpoints
        case keepWeights = "keep_weights"
        case upstreamResults = "upstream_results"
        case fashionMNIST = "fashion_mnist"
        case datasetRoot = "dataset_root"
        case resultsFolder = "results_folder"
        case gitCommit = "git_commit"
        case gitDirty = "git_dirty"
    }

    package static func folder(notebook root: URL) -> URL {
        root.appendingPathComponent(".labbook/trials")
    }

    package static func url(notebook root: URL, key: String) -> URL {
        folder(notebook: root).appendingPathComponent("\(key).json")
    }

    package func write(notebook root: URL) throws {
        let url = Self.url(notebook: root, key: key)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    package static func read(notebook root: URL, key: String) throws -> WorkerManifest {
        let url = url(notebook: root, key: key)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw WorkerError("no manifest for trial \(key) at \(url.path); `labbook build` or `labbook run` writes it")
        }
        return try JSONDecoder().decode(WorkerManifest.self, from: data)
    }
}
