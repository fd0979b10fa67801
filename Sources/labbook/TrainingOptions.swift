import ArgumentParser
import Experiments

/// Options of the commands that train.
struct TrainingOptions: ParsableArguments {
    @Option(name: .long, help: "Trials trained at once, one worker process each (default: labbook.yml's jobs, else the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Retrain and overwrite these trials' records: a note, an experiment id, note-slug/id, `failed` or `all`. Repeatable.",
                                            valueName: "selector"))
    var rerun: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var rerunSelectors: [Selector] { rerun.map(Selector.init) }
}

/// Which experiments a command is about: those named, or all; drafts' only when asked.
struct ExperimentSelection: ParsableArguments {
    @Argument(help: "Experiments: a note, an experiment id or note-slug/id. Default: all.")
    var selectors: [String] = []

    @Flag(help: "Include the experiments of draft notes.")
    var drafts = false

    /// Plans the notebook's experiments (reporting their problems) and reads the selectors against it.
    func session(_ notebook: NotebookOptions) throws -> (session: Training, only: [Selector]) {
        let session = Training(notebook: try notebook.load(), includeDrafts: drafts)
        Report.diagnostics(session.plan.diagnostics)
        return (session, try session.selectors(selectors))
    }
}
