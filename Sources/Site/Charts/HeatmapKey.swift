import Numerics

/// One value of a swept key along a heatmap axis: a number (width 128, lr 3e-4) or a name
/// (`relu`). A number is written as a configuration value (`1e-3`), as the table, caption and
/// experiment box beside the heatmap write it; names are shown as they are.
package struct HeatmapKey: Sendable, Hashable, ExpressibleByStringLiteral,
                          ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    package var label: String
    package var value: Double?

    package init(_ value: Double) {
        self.value = value
        self.label = NumberFormat.configValue.string(value)
    }

    /// A number with the text it is written as elsewhere on the page.
    package init(_ value: Double, label: String) {
        self.value = value
        self.label = label
    }

    package init(_ label: String) {
        self.label = label
        self.value = nil
    }

    package init(stringLiteral label: String) { self.init(label) }
    package init(floatLiteral value: Double) { self.init(value) }
    package init(integerLiteral value: Int) { self.init(Double(value)) }
}
