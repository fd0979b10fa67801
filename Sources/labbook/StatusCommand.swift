import ArgumentParser
import Pipeline

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Per experiment: trials done, missing, diverged and failed, and why each missing trial is missing.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var selection: ExperimentSelection

    func run() throws {
        var options = BuildOptions()
        options.drafts = selection.drafts
        let report = try Report.run(Build(root: notebook.rootURL, options: options), Stage.planning)
        guard let planned = report.planned else { return }
        let only = try Report.usage { () throws(BuildFailure) in try planned.selectors(selection.selectors) }
        for line in StatusReport(planned, only: only).lines { print(line) }
        if report.errors > 0 { throw ExitCode(1) }
    }
}
