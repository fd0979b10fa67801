import Foundation
import Notes

/// Where the site is written. The writer removes files it did not produce, so the folder must
/// not be the notebook itself or hold its notes.
struct OutputFolder {
    let url: URL

    init(root: URL, configured: String, override: String?) throws(BuildFailure) {
        url = URL(fileURLWithPath: override ?? configured, relativeTo: override == nil ? root : nil).standardizedFileURL
        let path = url.path, rootPath = root.standardizedFileURL.path
        let notes = root.appendingPathComponent(Notebook.notesFolder).standardizedFileURL.path
        if path == rootPath || rootPath.hasPrefix(path + "/") || path == notes || path.hasPrefix(notes + "/") || path == "/" {
            throw .usage("output folder \(path) would overwrite the notebook; choose a folder of its own, such as site")
        }
    }
}
