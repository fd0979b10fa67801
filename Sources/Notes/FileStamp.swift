import Foundation

/// What a file's metadata says of its content: size, modification time and inode. A record whose
/// stamp is unchanged is the record read before (writes are atomic renames, which give a new inode).
package struct FileStamp: Hashable, Sendable, Codable {
    package var size: Int64
    package var seconds: Int64
    package var nanoseconds: Int64
    package var inode: UInt64

    /// The stamp of the file at `path`; nil when there is none.
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = Int64(info.st_mtim.tv_sec)
        nanoseconds = Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The modification time, in seconds since 1970.
    package var modified: Double { Double(seconds) + Double(nanoseconds) / 1e9 }

    /// Whether the file was modified after `date` less `margin` seconds: the file may have been
    /// read before or after its last change, so what was read from it is not to be trusted later.
    /// (The kernel's file times lag its clock by a few milliseconds; the margin covers that.)
    package func modified(after date: Date, margin: Double = 1) -> Bool {
        modified >= date.timeIntervalSince1970 - margin
    }

    /// The stamp as one line of text, for listings that are compared or hashed.
    package var text: String { "\(size) \(seconds).\(nanoseconds) \(inode)" }

    /// The stamp's text of the file at `path`, or "none" when there is no file.
    package static func text(_ path: String) -> String { FileStamp(path: path)?.text ?? "none" }
}
