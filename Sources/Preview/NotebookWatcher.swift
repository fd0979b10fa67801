import Foundation
import Notes
import Store

/// Notices changes to what a notebook is built from: notes/, templates/, labbook.yml and the
/// results store. It compares the stamps (size, time, inode) of every file with the last look,
/// which works alike on every filesystem, shared ones included (a Slurm array writing results/
/// from other machines), where change notifications do not reach.
struct NotebookWatcher {
    let root: URL
    let results: String
    private var sources: [String: FileStamp] = [:]
    private var records: [String: FileStamp] = [:]

    init(root: URL, results: String) {
        self.root = root
        self.results = results
        sources = look([Notebook.notesFolder, "templates"], files: [Notebook.configFile])
        records = look([results], files: [])
    }

    /// The files added, changed or removed since the last call (relative to the notebook). The
    /// store holds hundreds of records and changes only when trials finish, so it is looked at
    /// only when `results` is true; the notes, which the writer is editing, every time.
    mutating func changes(results lookAtResults: Bool) -> [String] {
        var changed = Self.difference(&sources, look([Notebook.notesFolder, "templates"], files: [Notebook.configFile]))
        if lookAtResults { changed += Self.difference(&records, look([results], files: [])) }
        return changed.sorted()
    }

    private static func difference(_ last: inout [String: FileStamp], _ now: [String: FileStamp]) -> [String] {
        var changed = now.filter { last[$0.key] != $0.value }.map(\.key)
        changed += last.keys.filter { now[$0] == nil }
        last = now
        return changed
    }

    private func look(_ folders: [String], files: [String]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        // Paths joined as text: `URL.appendingPathComponent` asks the filesystem whether each one is a folder.
        let rootPath = root.path
        for folder in folders {
            for file in Notebook.listFiles(in: root.appendingPathComponent(folder)) where !Self.isTemporary(file) {
                let path = "\(folder)/\(file)"
                stamps[path] = FileStamp(path: "\(rootPath)/\(path)")
            }
        }
        for file in files { stamps[file] = FileStamp(path: "\(rootPath)/\(file)") }
        return stamps
    }

    /// Editors' swap and backup files, and the store's own temporary files, are not changes.
    static func isTemporary(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasPrefix("#")
    }
}
