import Foundation

/// A new notebook folder, as `labbook init` makes it: labbook.yml, notes/ with a first note, and a
/// .gitignore that keeps the output and labbook's working files out of the repository.
package enum NotebookScaffold {
    /// Whether `root` is a notebook: it has a notes folder or a labbook.yml.
    package static func isNotebook(_ root: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: root.appendingPathComponent(Notebook.notesFolder).path)
            || fm.fileExists(atPath: root.appendingPathComponent(Notebook.configFile).path)
    }

    /// The files made, relative to `root`. Never overwrites: a folder that is already a notebook
    /// is an error, and an existing .gitignore is extended, not replaced.
    package static func create(at root: URL, title: String, day: String = NoteTemplate.today()) throws(Diagnostic) -> [String] {
        if isNotebook(root) {
            throw Diagnostic(SourceLocation(path: root.path, line: 1, column: 1),
                             "already a notebook (it has notes/ or labbook.yml); labbook init never overwrites one")
        }
        let quoted = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let note = "\(Notebook.notesFolder)/\(day)-starting-the-notebook.md"
        var files: [(String, String)] = [
            (Notebook.configFile, "title: \"\(quoted)\"\n# author: your name\n# base_url: https://example.org/notebook/   # used only by the feed\n"),
            (note, NoteTemplate.text(title: "Starting the notebook", day: day)),
        ]
        // A record is written to a hidden temporary file beside it and renamed into place; a worker
        // killed in between leaves that file, which is no record and no one's to commit.
        let ignored = ["site/*", ".labbook/", "results/**/.*.tmp"]
        let gitignore = root.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: gitignore, encoding: .utf8)) ?? ""
        let missing = ignored.filter { line in !existing.split(separator: "\n").contains { $0 == line } }
        if !missing.isEmpty {
            let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
            files.append((".gitignore", existing + separator + missing.joined(separator: "\n") + "\n"))
        }
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(Notebook.notesFolder), withIntermediateDirectories: true)
            for (path, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(path), options: .atomic) }
        } catch {
            throw Diagnostic(SourceLocation(path: root.path, line: 1, column: 1), "cannot make the notebook: \(error.localizedDescription)")
        }
        return files.map(\.0)
    }
}
