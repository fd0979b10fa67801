import ArgumentParser
import Foundation
import Pipeline

/// How the commands show a build's outcome: problems on standard error as
/// `path:line:col: error: message`, and exit codes (1 for errors, 2 for usage, 130 when stopped).
enum Report {
    /// Runs the stages and prints every problem they found.
    static func run(_ build: Build, _ stages: [Stage]) throws -> BuildReport {
        do {
            let report = try build.run(stages)
            build.log.diagnostics(report.unreported)
            return report
        } catch {
            switch error {
            case .usage(let message): throw ValidationError(message)
            case .stopped, .failed:
                self.error(error.description)
                throw ExitCode(1)
            }
        }
    }

    /// A usage error (exit 2) for a selector that names nothing.
    static func usage<T>(_ body: () throws(BuildFailure) -> T) throws -> T {
        do { return try body() } catch { throw ValidationError(error.description) }
    }

    /// Work that could not be done (exit 1).
    static func failing<T>(_ body: () throws(BuildFailure) -> T) throws -> T {
        do { return try body() } catch {
            self.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Ctrl-C during training: what was finished is kept.
    static func stopIfInterrupted(_ outcome: TrainingOutcome, again command: String) throws {
        guard outcome.summary.interrupted else { return }
        error("stopped: \(outcome.summary.records.count) trials finished and kept, \(outcome.summary.notRun) not run; \(command) again to resume")
        throw ExitCode(130)
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
