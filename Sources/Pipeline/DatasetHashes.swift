import Engine
import Foundation
import Notes

/// The SHA-256 of every dataset file the last build fingerprinted, by the file's path, size and
/// modification time, kept in `.labbook/cache/dataset-hashes.json`: a build after an edit does not
/// read Fashion-MNIST (or a researcher's own large CSV) again to find it unchanged. A file that
/// does not decode is ignored, and every file is hashed.
enum DatasetHashes {
    static func url(_ root: URL) -> URL { root.appendingPathComponent(".labbook/cache/dataset-hashes.json") }

    /// What the last build kept, handed to the engine before planning; returns it to compare with later.
    static func remember(_ root: URL) -> [FileHash] {
        guard let data = FileManager.default.contents(atPath: url(root).path),
              let kept = try? JSONDecoder().decode([FileHash].self, from: data) else { return [] }
        Engine.rememberDatasetFileHashes(kept)
        return kept
    }

    /// Keeps the hashes known now, unless they are the ones already kept.
    static func keep(_ root: URL, unlessSameAs kept: [FileHash]) {
        let now = Engine.datasetFileHashes
        guard now != kept.sorted(by: { $0.stamp < $1.stamp }), let data = try? JSONEncoder().encode(now) else { return }
        try? WholeFile.write(data, to: url(root).path)
    }
}
