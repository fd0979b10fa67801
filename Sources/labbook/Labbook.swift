import ArgumentParser
import Engine
import Foundation

@main
struct Labbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labbook",
        abstract: "Turn dated Markdown research notes into a static HTML lab notebook.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, RunCommand.self, StatusCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self, TrialCommand.self, CancelCommand.self, VerifyCommand.self, PruneCommand.self, ExportCommand.self],
        defaultSubcommand: nil
    )

    /// Exit codes: 0 all well, 1 a note has an error, 2 the command line was wrong.
    static func main() {
        BLAS.stopIdleThreads()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
