/// One observation: a value at an x, with an optional error interval.
package struct ChartPoint: Sendable, Hashable {
    package var x: Double
    package var y: Double
    /// Lower and upper ends of the error bar or band (absolute values, not offsets).
    package var low: Double?
    package var high: Double?
    /// Held out of the fit: drawn hollow, beside the fitted curve's prediction at this x.
    package var hollow: Bool
    /// Hover text; when nil the chart writes the series name and the values.
    package var label: String?

    package init(x: Double, y: Double, low: Double? = nil, high: Double? = nil,
                hollow: Bool = false, label: String? = nil) {
        self.x = x
        self.y = y
        self.low = low
        self.high = high
        self.hollow = hollow
        self.label = label
    }
}
