import Foundation

/// The styles for charts: plain decimals between 0.001 and 100000 (widths 64, 1024; losses
/// 0.352) and `m×10ⁿ` with superscripts outside it (lr 3×10⁻⁴), applied to a whole axis at once.
/// Digits are built with integer arithmetic: the same value always gives the same bytes.
extension NumberFormat {
    static func svgCoordinateString(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    static func labelStrings(_ values: [Double], significant: Int, trimZeros: Bool) -> [String] {
        let scientific = values.contains(where: needsScientific)
        return values.map { v in
            guard v.isFinite else { return "–" }
            if v == 0 { return "0" }
            if scientific { return Self.scientific(v, significant: significant) }
            let decimals = max(0, significant - 1 - exponent(of: roundedToSignificant(v, significant)))
            return plain(v, decimals: decimals, trimZeros: trimZeros)
        }
    }

    static func tickStrings(_ values: [Double], step: Double?) -> [String] {
        let scientific = values.contains(where: needsScientific)
        let stepExponent = step.map { exponent(of: $0) }
        return values.map { v in
            guard v.isFinite else { return "–" }
            if v == 0 { return scientific ? "0" : plain(0, decimals: max(0, -(stepExponent ?? 0)), trimZeros: false) }
            if scientific {
                let digits = stepExponent.map { max(1, exponent(of: v) - $0 + 1) } ?? 1
                return Self.scientific(v, significant: digits)
            }
            if let stepExponent { return plain(v, decimals: max(0, -stepExponent), trimZeros: false) }
            return plain(v, decimals: max(0, -exponent(of: v)), trimZeros: true)
        }
    }

    /// Plain decimals read well in this magnitude range; outside it a power of ten is shorter.
    private static func needsScientific(_ value: Double) -> Bool {
        value != 0 && (abs(value) < 1e-3 || abs(value) >= 1e5)
    }

    /// 0.99996 to three digits is 1.00, whose leading digit is a power of ten higher.
    private static func roundedToSignificant(_ value: Double, _ significant: Int) -> Double {
        let unit = pow(10, Double(exponent(of: value) - significant + 1))
        return (value / unit).rounded() * unit
    }

    /// The power of ten of the leading digit; the small nudge keeps log10(1000) at 3.
    private static func exponent(of value: Double) -> Int {
        Int((log10(abs(value)) + 1e-9).rounded(.down))
    }

    private static func plain(_ value: Double, decimals: Int, trimZeros: Bool) -> String {
        let scale = pow(10, Double(decimals))
        let scaled = (abs(value) * scale).rounded()
        guard scaled.isFinite, scaled < 1e15 else { return scientific(value, significant: 3) }
        let digits = UInt64(scaled)
        let unit = UInt64(scale)
        var text = String(digits / unit)
        if decimals > 0 {
            var fraction = String(digits % unit)
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return (value < 0 && digits != 0 ? "−" : "") + text
    }

    private static func scientific(_ value: Double, significant: Int) -> String {
        var e = exponent(of: value)
        var mantissa = abs(value) / pow(10, Double(e))
        // Subnormal and near-overflow values have no power of ten to divide by.
        guard mantissa.isFinite, mantissa >= 0.5 else { return "\(value)" }
        let rounding = pow(10, Double(max(0, significant - 1)))
        mantissa = (mantissa * rounding).rounded() / rounding
        if mantissa >= 10 {
            mantissa /= 10
            e += 1
        }
        let m = plain(mantissa, decimals: max(0, significant - 1), trimZeros: true)
        let sign = value < 0 ? "−" : ""
        return m == "1" ? "\(sign)10\(superscript(e))" : "\(sign)\(m)×10\(superscript(e))"
    }

    private static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(abs(n)).map { digits[Int(String($0))!] })
        return n < 0 ? "⁻" + body : body
    }
}
