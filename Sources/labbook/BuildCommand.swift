import ArgumentParser
import Experiments
import Figures
import Foundation
import Notes
import Site

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
        let loaded = try notebook.load()
        let outputURL = URL(fileURLWithPath: output ?? loaded.config.output,
                            relativeTo: output == nil ? loaded.root : nil).standardizedFileURL
        try refuseDangerousOutput(outputURL, root: loaded.root)

        let session = Training(notebook: loaded, includeDrafts: drafts)
        var outcome = Training.Outcome()
        if !noRun {
            do {
                outcome = try session.run(only: [], options: training)
            } catch {
                Report.error("error: \(error)")
                throw ExitCode(1)
            }
        }
        let figures = FigureBuilder(notebook: loaded, plan: session.plan, index: StoreIndex(store: session.store),
                                    trainedNow: outcome.trainedKeys, git: GitState.read(at: loaded.root)).build(includeDrafts: drafts)
        let site = SiteBuilder(notebook: loaded, options: .init(includeDrafts: drafts), directives: figures.models).render()
        let diagnostics = Diagnostic.sortedUnique(site.diagnostics + session.plan.diagnostics + figures.diagnostics)
        Report.diagnostics(diagnostics)
        do { try SiteWriter.write(site.files, to: outputURL) } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        let pages = site.files.filter { $0.path.hasSuffix(".html") }.count
        let errors = diagnostics.filter { $0.severity == .error }.count
        print("built \(pages) page\(pages == 1 ? "" : "s") from \(loaded.notes.count) note\(loaded.notes.count == 1 ? "" : "s") into \(outputURL.path)"
              + (errors > 0 ? " (\(errors) error\(errors == 1 ? "" : "s"))" : ""))
        if outcome.summary.interrupted {
            Report.error("stopped: \(outcome.summary.records.count) trials finished and kept, \(outcome.summary.notRun) not run; build again to resume")
            throw ExitCode(130)
        }
        if errors > 0 || outcome.summary.failed > 0 { throw ExitCode(1) }
    }

    /// The writer removes files it did not produce, so the output must not be the notebook itself.
    private func refuseDangerousOutput(_ url: URL, root: URL) throws {
        let path = url.path, rootPath = root.standardizedFileURL.path
        let notes = root.appendingPathComponent(Notebook.notesFolder).standardizedFileURL.path
        if path == rootPath || rootPath.hasPrefix(path + "/") || path == notes || path.hasPrefix(notes + "/") || path == "/" {
            throw ValidationError("output folder \(path) would overwrite the notebook; choose a folder of its own, such as site")
        }
    }
}
