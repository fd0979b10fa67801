import Foundation
import Planning
import Store

/// Runs one command trial: the researcher's script, from the notebook's root, without a shell,
/// in a process group of its own. It is given `LABBOOK_TRIAL` (a JSON file with the trial's
/// config, seed, key and threads), `LABBOOK_METRICS` (where it writes its final metrics),
/// `LABBOOK_CURVE` (a JSON-lines file it may append its learning curve to) and the BLAS thread
/// counts; what it leaves there becomes the trial's record. Every way it can go wrong is a
/// `failed` record with the reason, never a hang: past its timeout the whole group is killed.
enum CommandRunner {
    /// `.labbook/runs/KEY/`: the trial's files while it runs; kept after a failure, to look into.
    static func folder(notebook root: URL, key: String) -> URL {
        root.appendingPathComponent(".labbook/runs/\(key)")
    }

    static let curveName = "curve.jsonl"

    static func run(_ manifest: WorkerManifest, _ command: CommandInputs, threads: Int,
                    provenance: TrialRecord.Provenance) -> TrialRecord {
        let root = URL(fileURLWithPath: manifest.datasetRoot)
        let folder = folder(notebook: root, key: manifest.key)
        let started = Date()
        func failed(_ message: String) -> TrialRecord {
            TrialRecord.failed(key: manifest.key, inputs: manifest.inputs, message: message,
                               wallSeconds: Date().timeIntervalSince(started), provenance: provenance)
        }
        let files = (trial: folder.appendingPathComponent("trial.json"), metrics: folder.appendingPathComponent("metrics.json"),
                     curve: folder.appendingPathComponent(curveName), stdout: folder.appendingPathComponent("stdout.log"),
                     stderr: folder.appendingPathComponent("stderr.log"))
        let process = Process()
        do {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try trialFile(manifest, command, threads: threads).write(to: files.trial, options: .atomic)
            let words = try CommandWords.split(command.command)
            var environment = ProcessInfo.processInfo.environment
            environment["LABBOOK_TRIAL"] = files.trial.path
            environment["LABBOOK_METRICS"] = files.metrics.path
            environment["LABBOOK_CURVE"] = files.curve.path
            for name in ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"] { environment[name] = String(threads) }
            switch executable(words[0], root: root, path: environment["PATH"] ?? "/usr/bin:/bin") {
            case .success(let url): process.executableURL = url
            case .failure(let problem): return failed(problem.description)
            }
            process.arguments = Array(words.dropFirst())
            process.environment = environment
            process.currentDirectoryURL = root
            _ = FileManager.default.createFile(atPath: files.stdout.path, contents: nil)
            _ = FileManager.default.createFile(atPath: files.stderr.path, contents: nil)
            process.standardInput = FileHandle.nullDevice
            let output = try FileHandle(forWritingTo: files.stdout), errors = try FileHandle(forWritingTo: files.stderr)
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            try? output.close()
            try? errors.close()
        } catch {
            return failed("could not start the command: \(error)")
        }
        RunningGroup.set(process.processIdentifier)
        let timeout = manifest.command?.timeout
        var timedOut = false
        while process.isRunning {
            if let timeout, !timedOut, Date().timeIntervalSince(started) > timeout {
                kill(-process.processIdentifier, SIGKILL)
                timedOut = true
            }
            usleep(50_000)
        }
        // Whatever the script left running in its group (data loader workers) goes with it.
        kill(-process.processIdentifier, SIGKILL)
        RunningGroup.clear()
        let seconds = Date().timeIntervalSince(started)

        let stderrTail = LocalExecutor.tail(of: files.stderr, lines: 20)
        func withStderr(_ message: String) -> String { stderrTail.isEmpty ? message : message + "; the end of its stderr:\n" + stderrTail }
        if timedOut {
            return failed(withStderr("timed out after \(TimeoutText.written(timeout!)); its process group was killed"))
        }
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal { return failed(withStderr("the command was killed by signal \(status)")) }
        if status != 0 { return failed(withStderr("the command exited with status \(status)")) }

        let output = CommandOutput(metricsFile: files.metrics, curveFile: files.curve,
                                   higherIsBetter: Set(manifest.command?.higherIsBetter ?? []), lr: command.config["lr"]?.number ?? 0)
        let steps = Int(output.metrics["steps"].flatMap { $0.isFinite ? $0 : nil } ?? Double(output.curve.last?.step ?? 0))
        switch output.reading {
        case .failed(let message):
            return failed(withStderr(message))
        case .ok, .diverged:
            var message: String?
            if case .diverged(let why) = output.reading { message = why }
            let record = TrialRecord(key: manifest.key, inputs: manifest.inputs, status: message == nil ? .ok : .diverged, message: message,
                                     metrics: output.metrics, curve: output.curve, steps: steps, finalStep: steps, threads: threads,
                                     wallSeconds: seconds, provenance: provenance)
            try? FileManager.default.removeItem(at: folder)
            return record
        }
    }

    /// `{"config": {...}, "seed": N, "key": "...", "threads": T}`.
    static func trialFile(_ manifest: WorkerManifest, _ command: CommandInputs, threads: Int) throws -> Data {
        struct TrialFile: Encodable {
            var config: [String: ConfigValue]
            var seed: UInt64
            var key: String
            var threads: Int
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(TrialFile(config: command.config, seed: manifest.inputs.seed, key: manifest.key, threads: threads))
    }

    struct NotRunnable: Error, CustomStringConvertible {
        var description: String
    }

    /// The program to run: a path (from the notebook's root) if the word has a slash, else the
    /// first executable of that name on PATH, as a shell finds it.
    static func executable(_ word: String, root: URL, path: String) -> Result<URL, NotRunnable> {
        let manager = FileManager.default
        if word.contains("/") {
            let url = word.hasPrefix("/") ? URL(fileURLWithPath: word) : root.appendingPathComponent(word)
            guard manager.fileExists(atPath: url.path) else { return .failure(NotRunnable(description: "command not found: \(word) does not exist")) }
            guard manager.isExecutableFile(atPath: url.path) else { return .failure(NotRunnable(description: "the command \(word) is not executable (chmod +x, or name its interpreter first)")) }
            return .success(url)
        }
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(word)
            if manager.isExecutableFile(atPath: url.path) { return .success(url) }
        }
        return .failure(NotRunnable(description: "command not found: '\(word)' is not on PATH"))
    }
}

/// A timeout as a person writes it: `90s`, `30m`, `2h`.
enum TimeoutText {
    static func written(_ seconds: Double) -> String {
        if seconds >= 3_600, seconds.truncatingRemainder(dividingBy: 3_600) == 0 { return "\(Int(seconds / 3_600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
