import Numerics

/// One value of a swept key along a heatmap axis: a number (width 128, lr 3e-4) or a name
/// (`relu`). A number is written as a configuration value (`1e-3`), as the table, caption and
/// experiment box beside the heatmap write it; names are shown as they are.
public struct HeatmapKey: Sendable, Hashable, ExpressibleByStringLiteral,
                          ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public var label: String
    public var value: Double?

    public init(_ value: Double) {
        self.value = value
        self.label = NumberFormat.configValue.string(value)
    }

    /// A number with the text it is written as elsewhere on the page.
    public init(_ value: Double, label: String) {
        self.value = value
        self.label = label
    }

    public init(_ label: String) {
        self.label = label
        self.value = nil
    }

    public init(stringLiteral label: String) { self.init(label) }
    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }
}
