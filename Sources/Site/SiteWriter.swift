import Foundation
import Notes
import Parallel

/// Puts a rendered site on disk: writes files whose content changed, copies files beside notes,
/// and removes files left from earlier builds that no page produces any more.
package enum SiteWriter {
    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): error: \(reason)" }
    }

    package static func write(_ files: [SiteFile], to output: URL) throws(Failure) {
        let fm = FileManager.default
        let root = output.standardizedFileURL.path
        let wanted = Set(files.map(\.path))
        // What the folder holds, from one walk: a page is compared with the file it replaces only
        // when there is one (a clean build asks the filesystem nothing), and what no page
        // produces any more is removed below.
        let found = Notebook.listTree(in: output)
        let existing = Set(found.files)
        // Folders first, one by one; then the files across cores. Paths are joined as text:
        // `URL.appendingPathComponent` asks the filesystem whether each one is a folder.
        let folders = Set(files.map { file in file.path.lastIndex(of: "/").map { "\(root)/\(file.path[..<$0])" } ?? root })
        for folder in folders.sorted() {
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw Failure(path: folder, reason: "cannot create: \(error.localizedDescription)")
            }
        }
        let failures = ParallelMap.map(files) { file in writeIfChanged(file, to: "\(root)/\(file.path)", exists: existing.contains(file.path)) }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for stale in found.files where !wanted.contains(stale) {
            unlink("\(root)/\(stale)")
        }
        // Then the folders left empty, deepest first; `rmdir` leaves one that still holds a file
        // (a page, or a hidden file labbook does not list).
        for folder in found.folders.sorted(by: { $0.count > $1.count }) {
            rmdir("\(root)/\(folder)")
        }
    }

    /// Writes the file unless it already holds these bytes, whole: a reader never sees half a page.
    private static func writeIfChanged(_ file: SiteFile, to path: String, exists: Bool) -> Failure? {
        do {
            switch file.content {
            case .text(let text):
                if exists, holds(path, text.utf8.count, { Data(text.utf8) }) { return nil }
                try WholeFile.write(text, to: path)
            case .copy(let source):
                guard let data = FileManager.default.contents(atPath: source.path) else {
                    return Failure(path: path, reason: "cannot read \(source.path)")
                }
                if exists, holds(path, data.count, { data }) { return nil }
                try WholeFile.write(data, to: path)
            }
        } catch {
            return Failure(path: path, reason: "cannot write: \(error.reason)")
        }
        return nil
    }

    /// Whether the file at `path` holds exactly the bytes `content` gives: its size is asked
    /// first, and only a file of the same size is read.
    private static func holds(_ path: String, _ size: Int, _ content: () -> Data) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) == size else { return false }
        return FileManager.default.contents(atPath: path) == content()
    }
}
