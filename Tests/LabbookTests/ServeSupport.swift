import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `labbook serve` process on a free loopback port, and a real HTTP client (URLSession) for it.
final class ServeProcess {
    let process = Process()
    let port: Int
    private let output = Pipe(), errors = Pipe()

    init(_ folder: ScratchFolder, extra: [String] = []) throws {
        process.executableURL = LabbookProcess.executable
        process.arguments = ["serve", "--root", folder.url.path, "--port", "0"] + extra
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The first line says where it listens: "serving … at http://127.0.0.1:PORT/ (Ctrl-C to stop)".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else {
            throw Failure(message: "no address in: \(text)")
        }
        port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast())!
    }

    struct Failure: Error { var message: String }

    deinit { if process.isRunning { process.terminate() } }

    /// Ctrl-C, then the exit status.
    func interrupt() -> Int32 {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return process.terminationStatus
    }

    var stderr: String { String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self) }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// GET `path` (taken as it is, percent escapes included): status and body.
    func get(_ path: String) throws -> (status: Int, body: String) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String)?
        URLSession.shared.dataTask(with: url(path)) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, data.map { String(decoding: $0, as: UTF8.self) } ?? "")
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + 20) == .success, let result else { throw Failure(message: "no answer for \(path)") }
        return result
    }
}

/// Listens on the server's event stream, as an open page does.
final class ReloadListener: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var received = ""
    private var session: URLSession!
    private let arrived = DispatchSemaphore(value: 0)

    init(_ server: ServeProcess) {
        super.init()
        session = URLSession(configuration: .default, delegate: self, delegateQueue: nil)
        session.dataTask(with: server.url("/_labbook/events")).resume()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock { received += String(decoding: data, as: UTF8.self) }
        arrived.signal()
    }

    /// Whether the stream has opened (its first comment line came).
    func waitUntilConnected(timeout: Double = 10) -> Bool { wait(for: ": build", timeout: timeout) }

    /// Whether `event: reload` came within `timeout` seconds.
    func waitForReload(timeout: Double = 20) -> Bool { wait(for: "event: reload", timeout: timeout) }

    private func wait(for text: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if lock.withLock({ received.contains(text) }) {
                lock.withLock { received = "" }
                return true
            }
            _ = arrived.wait(timeout: .now() + 0.1)
        }
        return false
    }

    func close() { session.invalidateAndCancel() }
}
