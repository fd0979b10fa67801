import Foundation

/// How an axis maps values to positions. Log axes are base 10, the way scaling laws are read.
package enum AxisScale: String, Sendable, Hashable, CaseIterable {
    case linear
    case log

    /// The value in the axis's own linear space, or nil when the axis cannot show it
    /// (non-finite anywhere, zero or negative on a log axis). Callers skip such values.
    func transform(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .linear: return value
        case .log: return value > 0 ? log10(value) : nil
        }
    }

    func inverse(_ t: Double) -> Double {
        switch self {
        case .linear: return t
        case .log: return pow(10, t)
        }
    }
}
