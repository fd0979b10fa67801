import ArgumentParser
import Pipeline
import Planning

/// Which experiments a command is about: those named, or all; drafts' only when asked.
struct ExperimentSelection: ParsableArguments {
    @Argument(help: "Experiments: a note, an experiment id or note-slug/id. Default: all.")
    var selectors: [String] = []

    @Flag(help: "Include the experiments of draft notes.")
    var drafts = false

    /// Plans the notebook (printing its problems) and reads the selectors against the plan; nil
    /// when there is nothing to plan. A selector that names nothing is a usage error (exit 2).
    func plan(_ notebook: NotebookOptions, log: BuildLog = .standard) throws -> (report: BuildReport, planned: PlannedNotebook, only: [Selector])? {
        var options = BuildOptions()
        options.drafts = drafts
        let report = try Report.run(Build(root: notebook.rootURL, options: options, log: log), Stage.planning)
        guard let planned = report.planned else { return nil }
        let only = try Report.usage { () throws(BuildFailure) in try planned.selectors(selectors) }
        return (report, planned, only)
    }
}
