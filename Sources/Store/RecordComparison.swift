import Foundation

/// Whether two records of one trial hold the same result, bit for bit: status, message, metrics,
/// learning curve and step counts. Where and when they ran (provenance, wall time, threads) is
/// not compared. Numbers are compared through their shortest round-trip text, which is equal
/// exactly when the bits are.
package enum RecordComparison {
    static let ignored: Set<String> = ["provenance", "wall_seconds", "threads"]

    /// The first field that differs (`metrics.test_loss: 0.4123 in the record, 0.4124 now`), or nil.
    package static func firstDifference(recorded: TrialRecord, now: TrialRecord) -> String? {
        guard let a = try? JSONSerialization.jsonObject(with: recorded.encoded()),
              let b = try? JSONSerialization.jsonObject(with: now.encoded()) else { return "the records cannot be read back" }
        return difference(a, b, path: "")
    }

    private static func difference(_ a: Any, _ b: Any, path: String) -> String? {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            for key in Set(x.keys).union(y.keys).sorted() where !(path.isEmpty && ignored.contains(key)) {
                let here = path.isEmpty ? key : "\(path).\(key)"
                guard let left = x[key] else { return "\(here): absent in the record, \(text(y[key]!)) now" }
                guard let right = y[key] else { return "\(here): \(text(left)) in the record, absent now" }
                if let found = difference(left, right, path: here) { return found }
            }
            return nil
        case let (x as [Any], y as [Any]):
            for index in 0..<min(x.count, y.count) {
                if let found = difference(x[index], y[index], path: "\(path)[\(index)]") { return found }
            }
            return x.count == y.count ? nil : "\(path): \(x.count) entries in the record, \(y.count) now"
        default:
            return text(a) == text(b) ? nil : "\(path): \(text(a)) in the record, \(text(b)) now"
        }
    }

    private static func text(_ value: Any) -> String {
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return "\(number.doubleValue)" }
        return "\(value)"
    }
}
