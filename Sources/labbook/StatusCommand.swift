import ArgumentParser
import Pipeline

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Per experiment: trials done, missing, diverged and failed, and why each missing trial is missing.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var selection: ExperimentSelection

    func run() throws {
        guard let (report, planned, only) = try selection.plan(notebook) else { return }
        for line in StatusReport(planned, only: only).lines { print(line) }
        if report.errors > 0 { throw ExitCode(1) }
    }
}
