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
        guard let slash = path.lastIndex(of: "/") else { return try write(data, to: "./" + path, durable: durable) }
        let folder = String(path[..<slash])
        let temporary = "\(folder)/.\(path[path.index(after: slash)...]).\(getpid()).tmp"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor < 0, errno == ENOENT {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw Failure(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(path: temporary, reason: String(cString: strerror(errno))) }
        let complete = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        let synced = !durable || fsync(descriptor) == 0
        guard close(descriptor) == 0, complete, synced else {
            unlink(temporary)
            throw Failure(path: temporary, reason: durable ? "short write or fsync failed" : "short write")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
        if durable {
            let folderDescriptor = open(folder, O_RDONLY)
            if folderDescriptor >= 0 { fsync(folderDescriptor); close(folderDescriptor) }
        }
    }
}
