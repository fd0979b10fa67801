import CZlib
import Crypto
import Foundation
import Numerics

/// Reads whole files through zlib, which passes uncompressed files through unchanged.
enum CompressedFile {
    /// The decompressed bytes of `path` (gzip or plain).
    static func read(_ path: String) throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else {
            throw EngineError(.dataset, path: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { gzclose(file) }
        gzbuffer(file, 1 << 17)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if n < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw EngineError(.dataset, path: path, "cannot decompress: \(message)")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<Int(n)])
        }
        return bytes
    }

    /// SHA-256 of the file's bytes as stored (compressed files are hashed compressed).
    /// Remembered for an unchanged file (same size and modification time): a build asks for the
    /// same fingerprint once per trial, and a build may start from the hashes the last one kept.
    static func sha256(_ path: String) throws -> String {
        let (stamp, modified) = self.stamp(path)
        HashCache.shared.asked(path, stamp)
        if let known = HashCache.shared.value(stamp) { return known }
        // A file changed within a second of being hashed might change again without its time showing it.
        let settled = modified < Date().timeIntervalSince1970 - 1
        let hash = try computeSHA256(path)
        HashCache.shared.store(FileHash(stamp: stamp, sha256: hash), settled: settled)
        return hash
    }

    /// The file's path, size and modification time as one text, and the time.
    static func stamp(_ path: String) -> (text: String, modified: Double) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return ("\(path)|\((attributes?[.size] as? NSNumber)?.int64Value ?? -1)|\(modified)", modified)
    }

    /// Every file hashed in this process: the dataset files builds read.
    static var hashedFiles: [String] { HashCache.shared.paths }

    /// The hashes worth keeping for another process: those of files that had not just changed.
    static var settledHashes: [FileHash] { HashCache.shared.settled }

    static func remember(_ hashes: [FileHash]) { HashCache.shared.remember(hashes) }

    private static func computeSHA256(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw EngineError(.dataset, path: path, "cannot open for hashing")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
            hasher.update(data: data)
        }
        return HexDigits.string(hasher.finalize())
    }
}

/// A file's SHA-256 by the stamp it had when hashed: its path, size and modification time.
package struct FileHash: Codable, Sendable, Hashable {
    package var stamp: String
    package var sha256: String
}

/// File hashes already computed in this process, or kept by an earlier one, by stamp.
private final class HashCache: @unchecked Sendable {
    static let shared = HashCache()
    private let lock = NSLock()
    private var hashes: [String: (sha256: String, settled: Bool)] = [:]
    /// The files whose hashes this process asked for, by path, with the stamp each had when last asked.
    private var askedFor: [String: String] = [:]

    func value(_ stamp: String) -> String? { lock.withLock { hashes[stamp]?.sha256 } }
    func store(_ hash: FileHash, settled: Bool) { lock.withLock { hashes[hash.stamp] = (hash.sha256, settled) } }
    func asked(_ path: String, _ stamp: String) { lock.withLock { askedFor[path] = stamp } }
    var paths: [String] { lock.withLock { askedFor.keys.sorted() } }

    /// The hashes of the files asked for, at the stamps they were last asked at: not those of
    /// files since changed (a `serve` that runs for days keeps one hash per file).
    var settled: [FileHash] {
        lock.withLock {
            askedFor.values.compactMap { stamp in hashes[stamp].flatMap { $0.settled ? FileHash(stamp: stamp, sha256: $0.sha256) : nil } }
                .sorted { $0.stamp < $1.stamp }
        }
    }

    func remember(_ kept: [FileHash]) {
        lock.withLock { for hash in kept where hashes[hash.stamp] == nil { hashes[hash.stamp] = (hash.sha256, true) } }
    }
}
