import Foundation
import Planning
import Store

/// Keeps two builds from training the same notebook at once: an exclusive `flock` on
/// `.labbook/lock`, released when the process ends however it ends.
package final class NotebookLock {
    private let fd: Int32

    package struct Held: Error, CustomStringConvertible {
        package var holder: String
        package var description: String {
            "another labbook is training this notebook (\(holder)); wait for it to finish or stop it, then build again"
        }
    }

    package init(notebook root: URL) throws {
        let folder = root.appendingPathComponent(".labbook")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("lock").path
        fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw WorkerError("cannot open \(path): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw Held(holder: holder.isEmpty ? "a process holds \(path)" : holder)
        }
        ftruncate(fd, 0)
        let text = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName)\n"
        _ = text.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
