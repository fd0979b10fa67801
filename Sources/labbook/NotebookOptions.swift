import ArgumentParser
import Foundation
import Notes

/// Options every command that reads a notebook shares.
struct NotebookOptions: ParsableArguments {
    @Option(name: .long, help: "The notebook folder: it holds notes/, and optionally labbook.yml and templates/.")
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }

    /// Reads the notebook; a missing notes folder is reported and ends the command with exit code 1.
    func load() throws -> Notebook {
        do { return try Notebook.load(root: rootURL) } catch {
            Report.diagnostics([error])
            throw ExitCode(1)
        }
    }
}
