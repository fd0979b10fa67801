import ArgumentParser
import Foundation
import Pipeline

extension TrialExport.Format: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Every trial with a record, one row each: key, experiment, seed, status, resolved configuration and metrics.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var selection: ExperimentSelection

    @Option(help: "csv (a header and a row per trial) or jsonl (a JSON object per line).")
    var format: TrialExport.Format = .csv

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        guard let (_, planned, only) = try selection.plan(notebook, log: .quiet) else { return }
        let export = TrialExport(planned, only: only)
        let text = export.text(format)
        guard let output else { FileHandle.standardOutput.write(Data(text.utf8)); return }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            Report.error("\(output): error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Report.error("wrote \(export.count) trial\(export.count == 1 ? "" : "s") to \(output)")
    }
}
