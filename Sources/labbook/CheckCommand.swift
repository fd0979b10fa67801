import ArgumentParser
import Execution
import Notes
import Planning
import Site
import Store

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and validate every note, report every problem, write nothing and train nothing.")

    @OptionGroup var notebook: NotebookOptions

    func run() throws {
        let loaded = try notebook.load()
        // Drafts are parsed and checked either way; links into drafts from published notes are errors.
        let output = SiteBuilder(notebook: loaded, options: .init(includeDrafts: false)).render()
        let plan = Training(notebook: loaded, includeDrafts: true).plan
        let diagnostics = Diagnostic.sortedUnique(output.diagnostics + plan.diagnostics)
        Report.diagnostics(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        print("checked \(loaded.notes.count) note\(loaded.notes.count == 1 ? "" : "s"): \(errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")")")
        if errors > 0 { throw ExitCode(1) }
    }
}
