import Foundation

/// Numbers as a formula shows them: three significant digits, a true minus sign.
enum NumberText {
    static func significant(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        guard value != 0 else { return "0" }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        let text: String
        if (-3...5).contains(magnitude) {
            let decimals = max(0, digits - 1 - magnitude)
            text = trimZeros(String(format: "%.\(decimals)f", value))
        } else {
            let mantissa = value / pow(10, Double(magnitude))
            text = trimZeros(String(format: "%.\(digits - 1)f", mantissa)) + "e\(magnitude)"
        }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }
}
