import Foundation
import Parallel

/// A notebook folder: `notes/` (Markdown and the files beside it), `labbook.yml`, optional
/// `templates/`, `results/` and the output folder.
package struct Notebook: Sendable {
    package var root: URL
    package var config: NotebookConfig
    /// Every note, drafts included, in path order.
    package var notes: [Note]
    /// Files beside the notes that are not notes (images, data), relative to `notes/`.
    package var assets: [String]
    /// Problems with the notebook itself (labbook.yml, unreadable files).
    package var diagnostics: [Diagnostic]

    package init(root: URL, config: NotebookConfig = NotebookConfig(), notes: [Note], assets: [String] = [], diagnostics: [Diagnostic] = []) {
        self.root = root
        self.config = config
        self.notes = notes
        self.assets = assets
        self.diagnostics = diagnostics
    }

    package static let notesFolder = "notes"
    package static let configFile = "labbook.yml"

    package var notesDirectory: URL { root.appendingPathComponent(Notebook.notesFolder) }

    /// Reads every note under `root/notes`. Never throws for bad notes; only a missing notes folder
    /// is fatal.
    package static func load(root: URL) throws(Diagnostic) -> Notebook {
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        let config = NotebookConfig.read(notebookRoot: root, diagnostics: &diagnostics)
        let notesURL = root.appendingPathComponent(notesFolder)
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: notesURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(SourceLocation(path: notesFolder, line: 1, column: 1),
                             "no notes folder at \(notesURL.path); run `labbook init` to start a notebook here")
        }
        let files = listFiles(in: notesURL)
        let assets = files.filter { !$0.hasSuffix(".md") }
        // Notes are parsed in parallel across cores (each on its own), kept in file order.
        // Paths joined as text: `URL.appendingPathComponent` asks the filesystem whether each one is a folder.
        let notesPath = notesURL.path
        let read = ParallelMap.map(files.filter { $0.hasSuffix(".md") }) { relative -> Result<Note, Diagnostic> in
            let shownPath = "\(notesFolder)/\(relative)"
            guard let data = FileManager.default.contents(atPath: "\(notesPath)/\(relative)") else {
                return .failure(Diagnostic(SourceLocation(path: shownPath, line: 1, column: 1), "cannot read this file"))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(Diagnostic(SourceLocation(path: shownPath, line: 1, column: 1), "not UTF-8 text"))
            }
            return .success(ParsedNotes.shared.note(text, path: shownPath, relativePath: relative))
        }
        var notes: [Note] = []
        for result in read {
            switch result {
            case .success(let note): notes.append(note)
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        return Notebook(root: root, config: config, notes: notes, assets: assets, diagnostics: diagnostics)
    }

    /// Every diagnostic, the notebook's and each note's.
    package var allDiagnostics: [Diagnostic] {
        diagnostics + notes.flatMap(\.diagnostics)
    }

    /// labbook.yml of the notebook at `root`, alone (the defaults without one). Its problems are not
    /// reported here: the build that loads the notebook reports them.
    package static func config(at root: URL) -> NotebookConfig {
        var ignored: [Diagnostic] = []
        return NotebookConfig.read(notebookRoot: root, diagnostics: &ignored)
    }

    /// Regular files under `folder`, relative, sorted, skipping hidden ones.
    package static func listFiles(in folder: URL) -> [String] {
        FileListing.files(in: folder.standardizedFileURL.path)
    }

    /// Folders under `folder`, relative, sorted, skipping hidden ones.
    package static func listFolders(in folder: URL) -> [String] {
        FileListing.folders(in: folder.standardizedFileURL.path)
    }

    /// The files and the folders under `folder`, as `listFiles` and `listFolders` give them, from one walk.
    package static func listTree(in folder: URL) -> (files: [String], folders: [String]) {
        FileListing.tree(in: folder.standardizedFileURL.path)
    }
}
