import ArgumentParser
import Execution
import Foundation
import Pipeline

struct TrialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trial",
        abstract: "Train one trial from its manifest and store its record (the worker `build` and `run` start).",
        discussion: "With --serve, train the trials whose keys arrive on standard input, one a line, in this one process.")

    @OptionGroup var notebook: NotebookOptions

    @Argument(help: "The trial's key (its record is results/<first two>/<key>.json).")
    var key: String?

    @Flag(help: "Take trials on standard input until it closes (the executor's long-lived worker).")
    var serve = false

    @Flag(help: "Overwrite an existing record.")
    var force = false

    @Flag(help: "Started by labbook's executor: stop if the parent build dies.")
    var worker = false

    func validate() throws {
        if serve {
            guard key == nil else { throw ValidationError("--serve takes its trials on standard input, not as an argument") }
            return
        }
        guard let key, key.count == 64, key.allSatisfy(\.isHexDigit) else { throw ValidationError("a trial key is 64 hex digits") }
    }

    func run() throws {
        if worker { ParentWatch.start() }
        guard let key else {
            WorkerLoop.serve(notebook: notebook.rootURL, describe: TrialReport.describe)
            return
        }
        let manifest: WorkerManifest
        do { manifest = try WorkerManifest.read(notebook: notebook.rootURL, key: key) } catch {
            Report.error("error: \(error)")
            throw ExitCode(1)
        }
        switch try TrialWorker.run(manifest, force: force) {
        case .alreadyDone:
            print("\(key): already in the results store")
        case .stored(let record):
            print("\(key): \(TrialReport.describe(record))")
            if record.status == .failed { throw ExitCode(1) }
        case .failedBesideResult(let record):
            print("\(key): rerun \(TrialReport.describe(record)); the earlier result is kept")
            throw ExitCode(1)
        }
    }
}
