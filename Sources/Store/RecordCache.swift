import Crypto
import Foundation
import Notes
import Numerics

/// Records already read, by file, with the stamp of the file they were read from and the SHA-256
/// of its bytes: the store reads a record again only when its file changed. Shared by the builds
/// of one `labbook serve` (and by one build's stages), so a rebuild after editing a note's prose
/// reads no record at all. Within one look (`newLook`) a file's stamp is asked once: a build asks
/// for the same trial in planning, in every figure that shows it and in its experiment's box.
package final class RecordCache: @unchecked Sendable {
    /// A class, so that asking for a record copies a reference, not the record's every field.
    final class Entry {
        let stamp: FileStamp?
        let lookup: ResultsStore.Lookup
        let digest: String?
        /// The look in which the stamp was last compared with the file's (changed under the lock).
        var look: Int

        init(stamp: FileStamp?, lookup: ResultsStore.Lookup, digest: String?, look: Int) {
            (self.stamp, self.lookup, self.digest, self.look) = (stamp, lookup, digest, look)
        }
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var look = 0

    package init() {}

    /// From now on every file's stamp is asked again (once): at the start of a build, and after
    /// training wrote records.
    package func newLook() {
        lock.withLock { look += 1 }
    }

    /// The record file at `path` was written or removed by this process.
    func forget(_ path: String) {
        lock.withLock { _ = entries.removeValue(forKey: path) }
    }

    /// The lookup of the file at `path`, decoded by `read` only when the file is new or changed.
    func lookup(_ path: String, read: (Data) -> ResultsStore.Lookup) -> ResultsStore.Lookup {
        let (known, look, lookedAt) = lock.withLock { (entries[path], self.look, entries[path]?.look) }
        if let known, lookedAt == look { return known.lookup }
        guard let stamp = FileStamp(path: path) else {
            lock.withLock { entries[path] = Entry(stamp: nil, lookup: .missing, digest: nil, look: look) }
            return .missing
        }
        if let known, known.stamp == stamp {
            lock.withLock { known.look = look }
            return known.lookup
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        let lookup = read(data)
        lock.withLock { entries[path] = Entry(stamp: stamp, lookup: lookup, digest: Self.digest(data), look: look) }
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
