import ArgumentParser
import Pipeline

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the notebook: check → plan → train what is missing → render → write the site.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var training: TrainingOptions

    @Flag(help: "Publish notes marked `draft: true` too (and train their experiments).")
    var drafts = false

    @Flag(name: .customLong("no-run"), help: "Train nothing: render from the results store, marking what is missing.")
    var noRun = false

    @Option(help: "Write the site here instead of the folder named in labbook.yml (default: site).")
    var output: String?

    func run() throws {
        var options = training.buildOptions
        options.drafts = drafts
        options.output = output
        let report = try Report.run(Build(root: notebook.rootURL, options: options), noRun ? Stage.rendering : Stage.building)
        let errors = report.errors
        print("built \(report.pages) page\(report.pages == 1 ? "" : "s") from \(report.notes) note\(report.notes == 1 ? "" : "s") into \(report.output?.path ?? "")"
              + (errors > 0 ? " (\(errors) error\(errors == 1 ? "" : "s"))" : "")
              + (report.upToDate != nil ? "; nothing had changed since the last build" : ""))
        try Report.stopIfInterrupted(report.training, again: "build")
        if errors > 0 || report.training.summary.failed > 0 { throw ExitCode(1) }
    }
}
