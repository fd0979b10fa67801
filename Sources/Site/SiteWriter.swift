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
        let wanted = Set(files.map(\.path))
        // Folders first, one by one; then the files across cores.
        for folder in Set(files.map { output.appendingPathComponent($0.path).deletingLastPathComponent().path }).sorted() {
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw Failure(path: folder, reason: "cannot create: \(error.localizedDescription)")
            }
        }
        let failures = ParallelMap.map(files) { file in writeIfChanged(file, to: output.appendingPathComponent(file.path)) }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for stale in Notebook.listFiles(in: output) where !wanted.contains(stale) {
            try? fm.removeItem(at: output.appendingPathComponent(stale))
        }
        removeEmptyFolders(output)
    }

    /// Writes the file unless it already holds these bytes. A temporary file renamed into place:
    /// a reader never sees half a page. No fsync: the site is rebuilt from the notes at will.
    private static func writeIfChanged(_ file: SiteFile, to url: URL) -> Failure? {
        let data: Data
        switch file.content {
        case .text(let text): data = Data(text.utf8)
        case .copy(let source):
            guard let copied = FileManager.default.contents(atPath: source.path) else {
                return Failure(path: url.path, reason: "cannot read \(source.path)")
            }
            data = copied
        }
        if FileManager.default.contents(atPath: url.path) == data { return nil }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard UnsyncedFile.write(data, to: temporary.path), rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            return Failure(path: url.path, reason: "cannot write: \(reason)")
        }
        return nil
    }

    private static func removeEmptyFolders(_ folder: URL) {
        let fm = FileManager.default
        guard let children = try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
        for child in children where (try? child.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
            removeEmptyFolders(child)
            if (try? fm.contentsOfDirectory(atPath: child.path))?.isEmpty == true { try? fm.removeItem(at: child) }
        }
    }
}
