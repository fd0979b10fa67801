import Crypto
import Foundation
import Numerics

/// Records already read, by file, with the stamp of the file they were read from and the SHA-256
/// of its bytes: the store reads a record again only when its file changed. Shared by the builds
/// of one `labbook serve` (and by one build's stages), so a rebuild after editing a note's prose
/// reads no record at all.
package final class RecordCache: @unchecked Sendable {
    struct Entry {
        var stamp: FileStamp
        var lookup: ResultsStore.Lookup
        var digest: String?
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    package init() {}

    /// The lookup of the file at `path`, decoded by `read` only when the file is new or changed.
    func lookup(_ path: String, read: (Data) -> ResultsStore.Lookup) -> ResultsStore.Lookup {
        guard let stamp = FileStamp(path: path) else {
            lock.withLock { _ = entries.removeValue(forKey: path) }
            return .missing
        }
        if let entry = lock.withLock({ entries[path] }), entry.stamp == stamp { return entry.lookup }
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        let lookup = read(data)
        lock.withLock { entries[path] = Entry(stamp: stamp, lookup: lookup, digest: Self.digest(data)) }
        return lookup
    }

    /// The SHA-256 of the record file's bytes as last read; nil when it was not read.
    func digest(_ path: String) -> String? {
        lock.withLock { entries[path]?.digest }
    }

    static func digest(_ data: Data) -> String {
        HexDigits.string(SHA256.hash(data: data))
    }
}
