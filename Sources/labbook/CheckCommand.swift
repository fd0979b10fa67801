import ArgumentParser
import Notes
import Site

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and validate every note, report every problem, write nothing and train nothing.")

    @OptionGroup var notebook: NotebookOptions

    @Flag(help: "Check as if drafts were published.")
    var drafts = false

    func run() throws {
        let loaded: Notebook
        do { loaded = try Notebook.load(root: notebook.rootURL) } catch {
            Report.diagnostics([error])
            throw ExitCode(1)
        }
        let output = SiteBuilder(notebook: loaded, options: .init(includeDrafts: drafts)).render()
        Report.diagnostics(output.diagnostics)
        let errors = output.diagnostics.filter { $0.severity == .error }.count
        print("checked \(loaded.notes.count) note\(loaded.notes.count == 1 ? "" : "s"): \(errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")")")
        if errors > 0 { throw ExitCode(1) }
    }
}
