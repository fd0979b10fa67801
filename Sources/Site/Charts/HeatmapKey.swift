import Numerics

/// One value of a swept key along a heatmap axis: a number (width 128, lr 3e-4) or a name
/// (`relu`). Numbers are labelled compactly; names are shown as they are.
public struct HeatmapKey: Sendable, Hashable, ExpressibleByStringLiteral,
                          ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public var label: String
    public var value: Double?

    public init(_ value: Double) {
        self.value = value
        self.label = NumberFormat.label.string(value)
    }

    public init(_ label: String) {
        self.label = label
        self.value = nil
    }

    public init(stringLiteral label: String) { self.init(label) }
    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }
}
