import Crypto
import Foundation
import Notes
import Numerics

/// Records already read, by file, with the stamp of the file they were read from and the SHA-256
/// of its bytes: the store reads a record again only when its file changed. Shared by the builds
/// of one `labbook serve` (and by one build's stages), so a rebuild after editing a note's prose
/// reads no record at all. Within one look (`newLook`) a file's stamp is asked once: a build asks
/// for the same trial in planning, in every figure that shows it and in its experiment's box.
/// Given a snapshot file, it starts from the records the last build kept there (`RecordSnapshot`),
/// so a new process too reads only the record files that changed.
package final class RecordCache: @unchecked Sendable {
    /// A class, so that asking for a record copies a reference, not the record's every field.
    final class Entry {
        let stamp: FileStamp?
        let lookup: ResultsStore.Lookup
        let digest: String?
        /// The look in which the stamp was last compared with the file's (changed under the lock);
        /// -1 for an entry from the snapshot that this process has not compared yet.
        var look: Int
        /// Whether the file was last changed well before it was read, so that a later change must
        /// show in its stamp: only such entries go into the snapshot.
        let settled: Bool

        init(stamp: FileStamp?, lookup: ResultsStore.Lookup, digest: String?, look: Int, settled: Bool) {
            (self.stamp, self.lookup, self.digest, self.look, self.settled) = (stamp, lookup, digest, look, settled)
        }
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var look = 0
    private let snapshot: URL?
    /// The stamps of the entries the snapshot held when read or last written: nil until read.
    private var snapshotStamps: [String: FileStamp]?

    /// `snapshot`: the file the records read are kept in between processes; nil keeps them in memory only.
    package init(snapshot: URL? = nil) {
        self.snapshot = snapshot
    }

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
        let (known, look, lookedAt) = lock.withLock {
            loadSnapshot()
            return (entries[path], self.look, entries[path]?.look)
        }
        if let known, lookedAt == look { return known.lookup }
        guard let stamp = FileStamp(path: path) else {
            lock.withLock { entries[path] = Entry(stamp: nil, lookup: .missing, digest: nil, look: look, settled: true) }
            return .missing
        }
        if let known, known.stamp == stamp {
            lock.withLock { known.look = look }
            return known.lookup
        }
        let settled = !stamp.modified(after: Date())
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        let lookup = read(data)
        lock.withLock { entries[path] = Entry(stamp: stamp, lookup: lookup, digest: Self.digest(data), look: look, settled: settled) }
        return lookup
    }

    /// Reads the snapshot now, if it is to be read at all: before the lookups that would each
    /// wait for it, so that its entries are decoded across cores.
    func readSnapshot() {
        lock.withLock { loadSnapshot() }
    }

    /// The snapshot's records, as entries to compare with their files; once, under the lock.
    private func loadSnapshot() {
        guard let snapshot, snapshotStamps == nil else { return }
        var stamps: [String: FileStamp] = [:]
        for kept in RecordSnapshot.load(snapshot) where entries[kept.path] == nil {
            let lookup: ResultsStore.Lookup = kept.record.map { .found($0) } ?? .unreadable(path: kept.path, reason: kept.unreadable ?? "")
            entries[kept.path] = Entry(stamp: kept.stamp, lookup: lookup, digest: kept.digest, look: -1, settled: true)
            stamps[kept.path] = kept.stamp
        }
        snapshotStamps = stamps
    }

    /// Keeps the records this process has looked at in the snapshot, unless it holds them already.
    package func saveSnapshot() {
        lock.withLock {
            guard let snapshot, let kept = snapshotStamps else { return }
            var keeping: [(path: String, entry: Entry, stamp: FileStamp, digest: String)] = []
            for (path, entry) in entries where entry.look >= 0 && entry.settled {
                guard let stamp = entry.stamp, let digest = entry.digest else { continue }
                if case .missing = entry.lookup { continue }
                keeping.append((path, entry, stamp, digest))
            }
            let stamps = Dictionary(uniqueKeysWithValues: keeping.map { ($0.path, $0.stamp) })
            guard stamps != kept else { return }
            let saved = keeping.sorted { $0.path < $1.path }.map { kept in
                var saved = RecordSnapshot.Entry(path: kept.path, stamp: kept.stamp, digest: kept.digest)
                switch kept.entry.lookup {
                case .found(let record): saved.record = record
                case .unreadable(_, let reason): saved.unreadable = reason
                case .missing: break
                }
                return saved
            }
            RecordSnapshot.save(saved, to: snapshot)
            snapshotStamps = stamps
        }
    }

    /// The SHA-256 of the record file's bytes as last read; nil when it was not read.
    func digest(_ path: String) -> String? {
        lock.withLock { entries[path]?.digest }
    }

    static func digest(_ data: Data) -> String {
        HexDigits.string(SHA256.hash(data: data))
    }
}
