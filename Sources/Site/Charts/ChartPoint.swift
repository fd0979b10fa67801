/// One observation: a value at an x, with an optional error interval.
public struct ChartPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    /// Lower and upper ends of the error bar or band (absolute values, not offsets).
    public var low: Double?
    public var high: Double?
    /// Held out of the fit: drawn hollow, beside the fitted curve's prediction at this x.
    public var hollow: Bool
    /// Hover text; when nil the chart writes the series name and the values.
    public var label: String?

    public init(x: Double, y: Double, low: Double? = nil, high: Double? = nil,
                hollow: Bool = false, label: String? = nil) {
        self.x = x
        self.y = y
        self.low = low
        self.high = high
        self.hollow = hollow
        self.label = label
    }
}
