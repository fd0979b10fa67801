/// An interval of allowed numbers, open or closed at each end: `(0, ∞)` for a learning rate,
/// `[0, 1)` for dropout.
package struct NumberRange: Sendable, Hashable {
    package var low: Double
    package var high: Double?
    package var includesLow: Bool
    package var includesHigh: Bool

    package static let positive = NumberRange(low: 0, high: nil, includesLow: false, includesHigh: false)
    package static let nonNegative = NumberRange(low: 0, high: nil, includesLow: true, includesHigh: false)
    /// `[0, 1)`: dropout, momentum, Adam's betas.
    package static let belowOne = NumberRange(low: 0, high: 1, includesLow: true, includesHigh: false)
    /// `[0, 1]`: a fraction or a share.
    package static let fraction = NumberRange(low: 0, high: 1, includesLow: true, includesHigh: true)
    package static func above(_ low: Double) -> NumberRange { NumberRange(low: low, high: nil, includesLow: false, includesHigh: false) }

    package func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let aboveLow = includesLow ? value >= low : value > low
        let belowHigh = high.map { includesHigh ? value <= $0 : value < $0 } ?? true
        return aboveLow && belowHigh
    }

    /// `[0, 1)`, `(0, ∞)`, with the ends written by `number`.
    package func written(_ number: (Double) -> String) -> String {
        let left = "\(includesLow ? "[" : "(")\(number(low))"
        let right = high.map { "\(number($0))\(includesHigh ? "]" : ")")" } ?? "∞)"
        return "\(left), \(right)"
    }
}
