import Foundation
import Notes

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
        var wanted: Set<String> = []
        for file in files {
            wanted.insert(file.path)
            let url = output.appendingPathComponent(file.path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data: Data
                switch file.content {
                case .text(let text): data = Data(text.utf8)
                case .copy(let source): data = try Data(contentsOf: source)
                }
                if fm.contents(atPath: url.path) != data { try data.write(to: url, options: .atomic) }
            } catch {
                throw Failure(path: url.path, reason: "cannot write: \(error.localizedDescription)")
            }
        }
        for stale in Notebook.listFiles(in: output) where !wanted.contains(stale) {
            try? fm.removeItem(at: output.appendingPathComponent(stale))
        }
        removeEmptyFolders(output)
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
