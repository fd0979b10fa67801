import Foundation

/// One `node` running `KaTeXDriver`: started once, it typesets every batch it is given over
/// JSON lines until it is closed. Requests are written from another thread while answers are
/// read, so a large batch never fills both pipes at once.
final class KaTeXProcess {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var buffer: [UInt8] = []
    private var lineStart = 0
    private var nextID = 0

    init(_ installation: KaTeXInstallation, macros: [String: String]) throws(MathProblem) {
        // A node that dies mid-batch must be an error here, not a signal that ends labbook.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = installation.node
        process.arguments = ["-e", KaTeXDriver.script]
        var environment = ProcessInfo.processInfo.environment
        let inherited = environment["NODE_PATH"].map { ":" + $0 } ?? ""
        environment["NODE_PATH"] = KaTeXInstallation.nodeModules + inherited
        environment["LABBOOK_KATEX_MACROS"] = String(decoding: (try? JSONEncoder.sorted.encode(macros)) ?? Data("{}".utf8), as: UTF8.self)
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw .failed("cannot start \(installation.node.path): \(error)") }
        // The driver says it is ready once KaTeX has loaded; anything else is why it could not.
        guard let line = readLine(), line.contains("\"ready\"") else { throw .failed(failureText()) }
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Every request typeset, in order.
    func typeset(_ requests: [MathRequest]) throws(MathProblem) -> [TypesetMath] {
        guard !requests.isEmpty else { return [] }
        let first = nextID
        nextID += requests.count
        var batch = Data()
        for (offset, request) in requests.enumerated() {
            let line = Line(id: first + offset, tex: request.tex, display: request.display)
            batch += (try? JSONEncoder().encode(line)) ?? Data()
            batch.append(0x0A)
        }
        let writer = input.fileHandleForWriting
        let lines = batch
        let sent = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: lines)
            sent.signal()
        }
        defer { sent.wait() }
        var results: [TypesetMath] = []
        results.reserveCapacity(requests.count)
        for expected in first..<(first + requests.count) {
            guard let line = readLine(), let answer = try? JSONDecoder().decode(Answer.self, from: Data(line.utf8)),
                  answer.id == expected else {
                throw .failed(failureText())
            }
            if let html = answer.html { results.append(.html(html)) }
            else { results.append(.error(message: answer.error ?? "KaTeX gave no answer", position: answer.position)) }
        }
        return results
    }

    private struct Line: Encodable { var id: Int; var tex: String; var display: Bool }
    private struct Answer: Decodable { var id: Int; var html: String?; var error: String?; var position: Int? }

    /// The next line node wrote, or nil when it has ended. Lines are cut out of `buffer` from
    /// `lineStart` on, and the buffer is compacted only when more is read.
    private func readLine() -> String? {
        let handle = output.fileHandleForReading
        var searched = lineStart
        while true {
            let newline: Int? = buffer.withUnsafeBytes { bytes in
                guard searched < bytes.count, let base = bytes.baseAddress,
                      let found = memchr(base + searched, 0x0A, bytes.count - searched) else { return nil }
                return base.distance(to: UnsafeRawPointer(found))
            }
            if let newline {
                let line = String(decoding: buffer[lineStart..<newline], as: UTF8.self)
                lineStart = newline + 1
                return line
            }
            searched = buffer.count
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.removeSubrange(0..<lineStart)
            searched -= lineStart
            lineStart = 0
            buffer.append(contentsOf: chunk)
        }
    }

    /// What node said on its way out, for the one error that explains it.
    private func failureText() -> String {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let last = said.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.suffix(3)
        return last.isEmpty ? "node exited with status \(process.terminationStatus)" : last.joined(separator: " / ")
    }
}

extension JSONEncoder {
    /// Sorted keys: the same macros always give the same bytes (and the same cache keys).
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
