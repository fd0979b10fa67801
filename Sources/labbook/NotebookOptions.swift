import ArgumentParser
import Foundation

/// Options every command that reads a notebook shares.
struct NotebookOptions: ParsableArguments {
    @Option(name: .long, help: "The notebook folder: it holds notes/, and optionally labbook.yml and templates/.")
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}
