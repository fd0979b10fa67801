import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then
/// renamed over it, so a reader sees the old file or the new one and never a part. Every write
/// is a rename, so a written file has a new inode, which is how a build knows a record changed.
///
/// `durable` (trial records) syncs the file before the rename and its folder after it: a record
/// is hours of training. Everything else labbook writes (the site, caches, the build manifest)
/// is made again from the notes if a crash loses it, and syncing every file costs more than
/// making it.
package enum WholeFile {
    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): \(reason)" }
    }

    /// A missing folder is made first.
    package static func write(_ data: Data, to path: String, durable: Bool = false) throws(Failure) {
        if let failure = data.withUnsafeBytes({ write($0, to: path, durable: durable) }) { throw failure }
    }

    /// Text, as its UTF-8 bytes (without copying them into a `Data` first).
    package static func write(_ text: String, to path: String, durable: Bool = false) throws(Failure) {
        var text = text
        if let failure = text.withUTF8({ write(UnsafeRawBufferPointer($0), to: path, durable: durable) }) { throw failure }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String, durable: Bool) -> Failure? {
        guard let slash = path.lastIndex(of: "/") else { return write(bytes, to: "./" + path, durable: durable) }
        let folder = String(path[..<slash])
        let temporary = "\(folder)/.\(path[path.index(after: slash)...]).\(getpid()).tmp"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor < 0, errno == ENOENT {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                return Failure(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard descriptor >= 0 else { return Failure(path: temporary, reason: String(cString: strerror(errno))) }
        var offset = 0, complete = true
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { complete = false; break }
            offset += written
        }
        let synced = !durable || fsync(descriptor) == 0
        guard close(descriptor) == 0, complete, synced else {
            unlink(temporary)
            return Failure(path: temporary, reason: durable ? "short write or fsync failed" : "short write")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return Failure(path: path, reason: reason)
        }
        if durable {
            let folderDescriptor = open(folder, O_RDONLY)
            if folderDescriptor >= 0 { fsync(folderDescriptor); close(folderDescriptor) }
        }
        return nil
    }
}
