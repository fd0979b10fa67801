import ArgumentParser
import Pipeline

struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel this notebook's queued and running Slurm jobs (scancel); finished records stay.")

    @OptionGroup var notebook: NotebookOptions

    func run() throws {
        var options = BuildOptions()
        options.checkDrafts = true
        let report = try Report.run(Build(root: notebook.rootURL, options: options, log: .quiet), Stage.planning)
        guard let planned = report.planned else { return }
        let cancelled: [String]
        do { cancelled = try planned.slurmExecutor().cancelAll() } catch {
            Report.error("error: \(error)")
            throw ExitCode(1)
        }
        print(cancelled.isEmpty ? "no Slurm jobs of this notebook are queued or running"
              : "cancelled \(cancelled.count) Slurm task(s): \(cancelled.joined(separator: " "))")
    }
}
