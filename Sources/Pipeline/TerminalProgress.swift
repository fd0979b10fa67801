import Execution
import Foundation
import Planning
import Store

/// A progress bar redrawn in place on a terminal: done/total, running trials and time left.
final class TerminalProgress: ExecutionObserver {
    let labels: [String: String]
    let jobs: Int
    let notebook: URL?
    private var lastLine = ""

    init(labels: [String: String], jobs: Int, notebook: URL? = nil) {
        self.labels = labels
        self.jobs = jobs
        self.notebook = notebook
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
            if first.inputs.command != nil, let notebook, let step = CurveProgress.latestStep(notebook: notebook, key: first.key) {
                line += " · step \(step)"
            }
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
