import Crypto
import Foundation
import Notes

/// The records a notebook's last build read, with the stamps of their files, kept on disk in
/// `.labbook/cache/records` so that the next `labbook build` reads a record file only when it
/// changed. JSON decoding is most of reading a record; the snapshot holds the same `Codable`
/// fields in binary (`SnapshotEncoder`), several times faster to read back.
///
/// The file is a header line (format, and the labbook program that wrote it: another build of
/// labbook may decode records differently), the SHA-256 of the rest, and the entries. A file that
/// is damaged, cut short or from another program is ignored: every record is read from results/.
package enum RecordSnapshot {
    struct Entry: Codable {
        var path: String
        var stamp: FileStamp
        var digest: String
        var record: TrialRecord?
        /// Why the file is not a record, when it is not.
        var unreadable: String?
    }

    static let format = 1

    static var header: String { "labbook-records \(format) \(FileStamp.text("/proc/self/exe"))\n" }

    /// The entries kept at `url`; none when there is no file or it cannot be trusted.
    static func load(_ url: URL) -> [Entry] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let header = Array(Self.header.utf8)
        let bytes = [UInt8](data)
        guard bytes.count > header.count + 32, bytes.starts(with: header) else { return [] }
        let payload = Array(bytes[(header.count + 32)...])
        guard Array(SHA256.hash(data: payload)) == Array(bytes[header.count..<header.count + 32]) else { return [] }
        return (try? SnapshotDecoder.decodeEach(Entry.self, from: payload)) ?? []
    }

    /// Written whole (a reader sees the old snapshot or the new one); one that cannot be written
    /// only means the next build reads the record files.
    static func save(_ entries: [Entry], to url: URL) {
        guard let payload = try? SnapshotEncoder.encodeEach(entries) else { return }
        var bytes = Array(header.utf8)
        bytes.append(contentsOf: SHA256.hash(data: payload))
        bytes.append(contentsOf: payload)
        try? WholeFile.write(Data(bytes), to: url.path)
    }
}
