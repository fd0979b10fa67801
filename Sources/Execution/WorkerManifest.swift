import Engine
import Foundation
import Notes
import Planning
import Store

/// What a `labbook trial KEY` worker needs, written by the build into the notebook's
/// `.labbook/trials/KEY.json`: the same contract serves the local executor and a cluster's.
public struct WorkerManifest: Codable, Sendable {
    public var key: String
    public var inputs: TrialInputs
    public var note: String
    public var experiment: String
    /// Fashion-MNIST's folder, and the folder relative dataset paths start from.
    public var fashionMNIST: String
    public var datasetRoot: String
    public var resultsFolder: String
    public var gitCommit: String?
    public var gitDirty: Bool?

    enum CodingKeys: String, CodingKey {
        case key, inputs, note, experiment
        case fashionMNIST = "fashion_mnist"
        case datasetRoot = "dataset_root"
        case resultsFolder = "results_folder"
        case gitCommit = "git_commit"
        case gitDirty = "git_dirty"
    }

    public static func folder(notebook root: URL) -> URL {
        root.appendingPathComponent(".labbook/trials")
    }

    public static func url(notebook root: URL, key: String) -> URL {
        folder(notebook: root).appendingPathComponent("\(key).json")
    }

    public func write(notebook root: URL) throws {
        let url = Self.url(notebook: root, key: key)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    public static func read(notebook root: URL, key: String) throws -> WorkerManifest {
        let url = url(notebook: root, key: key)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw WorkerError("no manifest for trial \(key) at \(url.path); `labbook build` or `labbook run` writes it")
        }
        return try JSONDecoder().decode(WorkerManifest.self, from: data)
    }
}
