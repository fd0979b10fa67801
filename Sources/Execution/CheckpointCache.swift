import Engine
import Foundation

/// `.labbook/checkpoints/`: the weights of finished trials that a downstream trial (`from:`) starts
/// from. A cache, never committed: any entry can be trained again from its committed record.
package struct CheckpointCache: Sendable {
    package var folder: URL

    package init(folder: URL) { self.folder = folder }

    package static func folder(notebook root: URL) -> URL {
        root.appendingPathComponent(".labbook/checkpoints")
    }

    func url(_ key: String) -> URL { folder.appendingPathComponent("\(key).weights") }

    /// Why the last rebuild of `key` did not reproduce its record, written for the trials waiting on it.
    func mismatchURL(_ key: String) -> URL { folder.appendingPathComponent("\(key).numerics-changed") }

    /// nil when missing or damaged.
    package func read(_ key: String) -> Checkpoint? {
        FileManager.default.contents(atPath: url(key).path).flatMap(Checkpoint.init(data:))
    }

    /// Atomically: a reader sees the whole checkpoint or none.
    package func write(_ checkpoint: Checkpoint, key: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try checkpoint.data.write(to: url(key), options: .atomic)
    }

    /// Runs `body` holding `key`'s lock, so concurrent workers waiting on one upstream trial train it once.
    func locked<T>(_ key: String, _ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.appendingPathComponent("\(key).lock").path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw WorkerError("cannot open the lock of checkpoint \(key) in \(folder.path)") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw WorkerError("cannot lock checkpoint \(key) in \(folder.path)") }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// A build starts with no verdicts from earlier ones: the environment may have changed.
    package func forgetMismatches() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".numerics-changed") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
