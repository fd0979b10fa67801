import Execution
import Foundation
import Planning
import Store

/// A finished trial in a few words: `ok test_loss 0.4123 (12.3 s)`, `diverged: …`, `failed: …`.
package enum TrialReport {
    package static func describe(_ record: TrialRecord) -> String {
        switch record.status {
        case .ok:
            let loss = record.value(of: "test_loss").map { String(format: "test_loss %.4g", $0) } ?? ""
            return "ok \(loss) (\(duration(record.wallSeconds)))"
        case .diverged: return "diverged: \(record.message ?? "")"
        case .failed: return "failed: \(record.messageFirstLine)"
        }
    }

    package static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes)m\(String(format: "%02d", Int(seconds) % 60))s" }
        return "\(minutes / 60)h\(String(format: "%02d", minutes % 60))m"
    }
}
