import Execution
import Foundation
import Planning
import Store

/// One line per finished trial, for logs and pipes.
final class PlainProgress: ExecutionObserver {
    let labels: [String: String]
    init(labels: [String: String]) { self.labels = labels }

    func trialStarted(_ trial: PlannedTrial) {}

    func trialFinished(_ trial: PlannedTrial, record: TrialRecord, done: Int, total: Int) {
        FileHandle.standardOutput.write(Data("[\(done)/\(total)] \(labels[trial.key] ?? trial.key): \(TrialReport.describe(record))\n".utf8))
    }

    func tick(running: [PlannedTrial], done: Int, total: Int, secondsPerTrial: Double?) {}
}

/// A progress bar redrawn in place on a terminal: done/total, running trials and time left.
final class TerminalProgress: ExecutionObserver {
    let labels: [String: String]
    let jobs: Int
    private var lastLine = ""

    init(labels: [String: String], jobs: Int) {
        self.labels = labels
        self.jobs = jobs
    }

    func trialStarted(_ trial: PlannedTrial) {}

    func trialFinished(_ trial: PlannedTrial, record: TrialRecord, done: Int, total: Int) {
        if record.status != .ok {
            clear()
            FileHandle.standardError.write(Data("\(labels[trial.key] ?? trial.key): \(TrialReport.describe(record))\n".utf8))
        }
    }

    func tick(running: [PlannedTrial], done: Int, total: Int, secondsPerTrial: Double?) {
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        var line = "\(bar) \(done)/\(total) trials"
        if let perTrial = secondsPerTrial {
            line += " · ETA \(TrialReport.duration(perTrial * Double(total - done)))"
        }
        if let first = running.first {
            line += " · running \(running.count): \(labels[first.key] ?? first.key)"
        }
        draw(String(line.prefix(160)))
    }

    func finish() { clear() }

    private func draw(_ line: String) {
        lastLine = line
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    private func clear() {
        if !lastLine.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        lastLine = ""
    }
}

enum TrialReport {
    static func describe(_ record: TrialRecord) -> String {
        switch record.status {
        case .ok:
            let loss = record.value(of: "test_loss").map { String(format: "test_loss %.4g", $0) } ?? ""
            return "ok \(loss) (\(duration(record.wallSeconds)))"
        case .diverged: return "diverged: \(record.message ?? "")"
        case .failed: return "failed: \(record.message?.split(separator: "\n").first.map(String.init) ?? "")"
        }
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes)m\(String(format: "%02d", Int(seconds) % 60))s" }
        return "\(minutes / 60)h\(String(format: "%02d", minutes % 60))m"
    }
}
