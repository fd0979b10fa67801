import Foundation

/// Numbers for prose and tables: significant digits that say what is known, no more.
enum ValueFormat {
    /// Four significant digits; whole numbers as they are; very small or large ones in e-notation.
    static func number(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if value == value.rounded(), abs(value) < 1e7 { return String(Int(value)) }
        let magnitude = abs(value)
        if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e7 { return String(format: "%.\(digits - 1)e", value) }
        return trimmed(String(format: "%.\(digits)g", value))
    }

    /// `0.4123 ± 0.0081`: the spread to two significant digits, the value to the same decimal place.
    static func withSpread(_ value: Double, _ spread: Double) -> String {
        guard spread.isFinite, value.isFinite else { return number(value) }
        guard spread > 0 else { return "\(number(value)) ± 0" }
        let decimals = max(0, min(8, 1 - Int(floor(log10(spread)))))
        return String(format: "%.\(decimals)f ± %.\(decimals)f", value, spread)
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
