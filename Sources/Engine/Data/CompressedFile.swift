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
    /// Remembered per process for an unchanged file (same size and modification time): a build
    /// asks for the same fingerprint once per trial.
    static func sha256(_ path: String) throws -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let stamp = "\(path)|\((attributes?[.size] as? NSNumber)?.int64Value ?? -1)|\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        if let known = HashCache.shared.value(stamp) { return known }
        let hash = try computeSHA256(path)
        HashCache.shared.store(stamp, hash)
        return hash
    }

    /// Every file hashed in this process: the dataset files builds read.
    static var hashedFiles: [String] { HashCache.shared.paths }

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

/// File hashes already computed in this process, keyed by path, size and modification time.
private final class HashCache: @unchecked Sendable {
    static let shared = HashCache()
    private let lock = NSLock()
    private var hashes: [String: String] = [:]

    func value(_ key: String) -> String? { lock.withLock { hashes[key] } }
    func store(_ key: String, _ hash: String) { lock.withLock { hashes[key] = hash } }
    /// The files hashed, by path.
    var paths: [String] { lock.withLock { Set(hashes.keys.map { String($0.prefix { $0 != "|" }) }).sorted() } }
}
