import Foundation

/// A `labbook trial --serve` process of the local executor: it takes trials on a pipe and answers
/// each with its key when done, so one process (and one decoded dataset) serves many trials.
final class WorkerProcess {
    private let process = Process()
    private let requests = Pipe()
    private let answers = Answers()

    /// Starts the worker, its output going to `log` until its first request names another.
    init(executable: URL, notebookRoot: URL, log: URL) throws {
        // A worker that died between trials must not take the executor with it on the next write.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = executable
        process.arguments = ["trial", "--serve", "--root", notebookRoot.path, "--worker"]
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_NUM_THREADS"] = "1"
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let output = Pipe()
        process.standardInput = requests
        process.standardOutput = output
        process.standardError = handle
        let answers = answers
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            // End of file (the worker is gone): stop being called for it.
            if data.isEmpty { handle.readabilityHandler = nil } else { answers.append(data) }
        }
        try process.run()
        try? handle.close()
    }

    var isRunning: Bool { process.isRunning }
    var terminationStatus: Int32 { process.terminationStatus }
    var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }

    func send(_ request: WorkerRequest) throws {
        try requests.fileHandleForWriting.write(contentsOf: Data(request.line.utf8))
    }

    /// Whether the worker has answered that it is done with `key`.
    func answered(_ key: String) -> Bool { answers.contains(key) }

    /// No more trials: the worker exits once its standard input closes.
    func finish() {
        try? requests.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

/// The keys a worker has answered with, collected from its output as it arrives.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = Data()
    private var keys: Set<String> = []

    func append(_ data: Data) {
        lock.withLock {
            buffer.append(data)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                keys.insert(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                buffer.removeSubrange(buffer.startIndex...newline)
            }
        }
    }

    func contains(_ key: String) -> Bool { lock.withLock { keys.contains(key) } }
}
