import ArgumentParser
import Pipeline

struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "List the records in results/ that no experiment asks for any more; remove them with --yes.")

    @OptionGroup var notebook: NotebookOptions

    @Flag(help: "Remove them (otherwise only list them).")
    var yes = false

    func run() throws {
        var options = BuildOptions()
        options.checkDrafts = true
        let report = try Report.run(Build(root: notebook.rootURL, options: options), Stage.planning)
        guard let planned = report.planned else { return }
        let pruning = Pruning(planned)
        let candidates = pruning.candidates
        for (path, record) in candidates { print("\(path)  \(record.provenance.experiment) (\(record.status.rawValue))") }
        guard !candidates.isEmpty else { print("no unused records"); return }
        guard yes else {
            print("\(candidates.count) record\(candidates.count == 1 ? "" : "s") no experiment uses; `labbook prune --yes` removes \(candidates.count == 1 ? "it" : "them")")
            if planned.hasPlanErrors { print("(an experiment has errors: some of these may be its records)") }
            return
        }
        let removed = try Report.failing { () throws(BuildFailure) in try pruning.remove() }
        print("removed \(removed) record\(removed == 1 ? "" : "s")")
    }
}
