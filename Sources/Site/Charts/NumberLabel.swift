import Foundation

/// How numbers read on axes, in cells and in hover text. One convention throughout: plain
/// decimals between 0.001 and 100000 (widths 64, 1024; losses 0.352), and `m×10ⁿ` with
/// superscripts outside it (lr 3×10⁻⁴), applied to a whole axis at once so labels match.
/// Digits are built with integer arithmetic: the same value always gives the same bytes.
enum NumberLabel {
    /// Plain decimals read well in this magnitude range; outside it a power of ten is shorter.
    static func needsScientific(_ value: Double) -> Bool {
        value != 0 && (abs(value) < 1e-3 || abs(value) >= 1e5)
    }

    /// A value with a few significant digits: heatmap keys, cell values.
    static func compact(_ value: Double, significant: Int = 3) -> String {
        compactAll([value], significant: significant)[0]
    }

    /// A value with exactly `significant` digits (0.950, 1.00), so a grid of them lines up.
    static func cell(_ value: Double, significant: Int = 3) -> String {
        compactAll([value], significant: significant, trimZeros: false)[0]
    }

    /// Several values in one convention, e.g. the lr keys of a heatmap axis.
    static func compactAll(_ values: [Double], significant: Int = 3, trimZeros: Bool = true) -> [String] {
        let scientific = values.contains(where: needsScientific)
        return values.map { v in
            guard v.isFinite else { return "–" }
            if v == 0 { return "0" }
            if scientific { return NumberLabel.scientific(v, significant: significant) }
            let decimals = max(0, significant - 1 - exponent(of: roundedToSignificant(v, significant)))
            return plain(v, decimals: decimals, trimZeros: trimZeros)
        }
    }

    /// Tick labels for one axis. With `step` (linear ticks) every label has the decimals the
    /// step needs (0.0, 0.5, 1.0); without it (log ticks at m×10ᵏ) each has its own.
    static func ticks(_ values: [Double], step: Double?) -> [String] {
        let scientific = values.contains(where: needsScientific)
        let stepExponent = step.map { exponent(of: $0) }
        return values.map { v in
            guard v.isFinite else { return "–" }
            if v == 0 { return scientific ? "0" : plain(0, decimals: max(0, -(stepExponent ?? 0)), trimZeros: false) }
            if scientific {
                let digits = stepExponent.map { max(1, exponent(of: v) - $0 + 1) } ?? 1
                return NumberLabel.scientific(v, significant: digits)
            }
            if let stepExponent { return plain(v, decimals: max(0, -stepExponent), trimZeros: false) }
            return plain(v, decimals: max(0, -exponent(of: v)), trimZeros: true)
        }
    }

    /// Hover text keeps one more digit than the axes.
    static func hover(_ value: Double) -> String {
        compact(value, significant: 4)
    }

    /// 0.99996 to three digits is 1.00, whose leading digit is a power of ten higher.
    static func roundedToSignificant(_ value: Double, _ significant: Int) -> Double {
        let unit = pow(10, Double(exponent(of: value) - significant + 1))
        return (value / unit).rounded() * unit
    }

    /// The power of ten of the leading digit; the small nudge keeps log10(1000) at 3.
    static func exponent(of value: Double) -> Int {
        Int((log10(abs(value)) + 1e-9).rounded(.down))
    }

    static func plain(_ value: Double, decimals: Int, trimZeros: Bool) -> String {
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

    static func scientific(_ value: Double, significant: Int) -> String {
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

    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(abs(n)).map { digits[Int(String($0))!] })
        return n < 0 ? "⁻" + body : body
    }
}
