import ArgumentParser
import Execution
import Planning
import Store

struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel this notebook's queued and running Slurm jobs (scancel); finished records stay.")

    @OptionGroup var notebook: NotebookOptions

    func run() throws {
        let session = Training(notebook: try notebook.load(), includeDrafts: true)
        let executor = SlurmExecutor(executable: Training.executable, notebookRoot: session.notebook.root,
                                     store: session.store, options: session.slurm)
        let cancelled: [String]
        do { cancelled = try executor.cancelAll() } catch {
            Report.error("error: \(error)")
            throw ExitCode(1)
        }
        print(cancelled.isEmpty ? "no Slurm jobs of this notebook are queued or running"
              : "cancelled \(cancelled.count) Slurm task(s): \(cancelled.joined(separator: " "))")
    }
}
