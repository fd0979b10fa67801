import ArgumentParser
import Pipeline

/// Which experiments a command is about: those named, or all; drafts' only when asked.
struct ExperimentSelection: ParsableArguments {
    @Argument(help: "Experiments: a note, an experiment id or note-slug/id. Default: all.")
    var selectors: [String] = []

    @Flag(help: "Include the experiments of draft notes.")
    var drafts = false
}
