import Foundation
import Planning
import Store

/// The Slurm commands labbook uses (sbatch, squeue, scontrol, scancel), run as processes.
/// `sacct` needs slurmdbd, which a small cluster may not run, so states come from squeue and scontrol.
package struct SlurmClient: Sendable {
    package init() {}

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Whether a Slurm controller answers here.
    package static var isAvailable: Bool {
        (try? SlurmClient().run("sinfo", ["-h", "-o", "%T"])) != nil
    }

    /// Submits a batch script; the job id.
    package func submit(script: URL, workingDirectory: URL) throws -> String {
        let output = try run("sbatch", ["--parsable", "--chdir=\(workingDirectory.path)", script.path])
        guard let id = output.split(separator: ";").first.map({ String($0).trimmingCharacters(in: .whitespacesAndNewlines) }), !id.isEmpty else {
            throw Failure(description: "sbatch printed no job id: \(output)")
        }
        return id
    }

    /// Queued and running array tasks of these jobs: `JOBID_INDEX` → state (`PENDING`, `RUNNING`, …).
    /// A pending range like `12_[3-7%2]` is expanded.
    package func queue(jobs: Set<String>) throws -> [String: String] {
        guard !jobs.isEmpty else { return [:] }
        // All of the user's tasks, filtered here: `squeue -j` fails outright when one id is already forgotten.
        let output = try run("squeue", ["-h", "-r", "--me", "-o", "%i %T"])
        var states: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2, let job = fields[0].split(separator: "_").first, jobs.contains(String(job)) else { continue }
            states[String(fields[0])] = String(fields[1])
        }
        return states
    }

    /// A finished task's state and reason from `scontrol show job` (nil once Slurm has forgotten it).
    package func finalState(task: String) -> (state: String, exitCode: String)? {
        guard let output = try? run("scontrol", ["show", "job", "-o", task], allowFailure: true) else { return nil }
        var state: String?, exit = ""
        for field in output.split(separator: " ") {
            if field.hasPrefix("JobState=") { state = String(field.dropFirst(9)) }
            if field.hasPrefix("ExitCode=") { exit = String(field.dropFirst(9)) }
        }
        return state.map { ($0, exit) }
    }

    package func cancel(_ ids: [String]) throws {
        guard !ids.isEmpty else { return }
        _ = try run("scancel", ids)
    }

    @discardableResult
    func run(_ command: String, _ arguments: [String], allowFailure: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw Failure(description: "cannot run \(command): \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 && !allowFailure {
            throw Failure(description: "\(command) failed: \(String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
