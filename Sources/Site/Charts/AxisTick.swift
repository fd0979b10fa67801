import Foundation

/// A tick mark on an axis; major ticks carry a label and a grid line, minor ticks neither.
struct AxisTick: Sendable, Hashable {
    var value: Double
    var label: String?
    var isMajor: Bool { label != nil }
}
