import Foundation

/// The styles for text a person reads in sentences: quoted values, formulas, configurations.
extension NumberFormat {
    /// `0.4123 ± 0.0081`: the spread to two significant digits, the value to the same decimal place.
    package static func withSpread(_ value: Double, _ spread: Double) -> String {
        guard spread.isFinite, value.isFinite else { return quoted.string(value) }
        guard spread > 0 else { return "\(quoted.string(value)) ± 0" }
        let decimals = max(0, min(8, 1 - Int(floor(log10(spread)))))
        return String(format: "%.\(decimals)f ± %.\(decimals)f", value, spread)
    }

    /// `[0.256, 0.413]`: an interval's ends to three significant digits, as fits are quoted.
    package static func interval(_ lower: Double, _ upper: Double) -> String {
        let ends = quoted(digits: 3)
        return "[\(ends.string(lower)), \(ends.string(upper))]"
    }

    static func quotedString(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return nonFinite(value) }
        if value == value.rounded(), abs(value) < 1e7 { return String(Int(value)) }
        let magnitude = abs(value)
        if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e7 { return String(format: "%.\(digits - 1)e", value) }
        return trimmingZeros(String(format: "%.\(digits)g", value))
    }

    static func formulaString(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value != 0 else { return "0" }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        let text: String
        if (-3...5).contains(magnitude) {
            let decimals = max(0, digits - 1 - magnitude)
            text = trimmingZeros(String(format: "%.\(decimals)f", value))
        } else {
            let mantissa = value / pow(10, Double(magnitude))
            text = trimmingZeros(String(format: "%.\(digits - 1)f", mantissa)) + "e\(magnitude)"
        }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// `0.001` as `1e-3`, `0.03` as `3e-2`, `0.5` as `0.5`: how learning rates are written in papers.
    static func configValueString(_ v: Double) -> String {
        // No power of ten to split off. Directives reject non-finite numbers before this, but
        // writing a value must not trap whatever it is given.
        guard v.isFinite else { return String(v) }
        if v != 0, abs(v) < 0.1 || abs(v) >= 1e5 {
            let exponent = Int(floor(log10(abs(v))))
            let mantissa = v / pow(10, Double(exponent))
            let rounded = (mantissa * 1e6).rounded() / 1e6
            let m = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return "\(m)e\(exponent)"
        }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    private static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞")
    }

    /// `0.2500` as `0.25`, `3.000` as `3`; e-notation is left alone.
    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
