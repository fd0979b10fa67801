import ArgumentParser
import Pipeline

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and validate every note, directive, value and template, as build does; write nothing and train nothing.")

    @OptionGroup var notebook: NotebookOptions

    func run() throws {
        // Drafts are checked too; links into drafts from published notes are errors.
        var options = BuildOptions()
        options.checkDrafts = true
        let report = try Report.run(Build(root: notebook.rootURL, options: options), Stage.checking)
        let errors = report.errors
        print("checked \(report.notes) note\(report.notes == 1 ? "" : "s"): \(errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")")")
        if errors > 0 { throw ExitCode(1) }
    }
}
