import Analysis
import Numerics

/// Formulas for captions, as TeX between dollars that the site typesets: a fitted law with its
/// parameters (`$L = 0.574\,w^{-0.0618}$`), intervals as intervals, the symbols explained.
/// Numbers keep the quoted style's digits; only their spelling changes (`3.7e+09` → `3.7\times10^{9}`).
enum CaptionTeX {
    /// The letters researchers use for the quantities labbook sweeps and measures.
    static let symbols = ["width": "w", "depth": "d", "params": "N", "flops": "C", "train_size": "n",
                          "steps": "S", "epochs": "T", "lr": "\\eta", "batch": "B"]

    /// A configuration key or metric as a symbol: a loss is L, a known key its letter, any other
    /// name upright (`\mathrm{test\_acc}`).
    static func symbol(_ name: String) -> String {
        if name.hasSuffix("_loss") || name == "loss" { return "L" }
        return symbols[name] ?? "\\mathrm{\(name.replacingOccurrences(of: "_", with: "\\_"))}"
    }

    /// `($L$: test_loss, $w$: width)` for the names that became letters; "" when none did.
    static func legend(_ names: [String]) -> String {
        let explained = names.filter { symbol($0).hasPrefix("\\mathrm") == false }
        guard !explained.isEmpty else { return "" }
        return " (" + explained.map { "$\(symbol($0))$: \($0)" }.joined(separator: ", ") + ")"
    }

    /// A number as the quoted style writes it, in TeX: a true minus, powers of ten, infinity.
    static func number(_ value: Double, digits: Int = 3) -> String {
        let text = NumberFormat.quoted(digits: digits).string(value)
        if text == "∞" || text == "−∞" { return text.hasPrefix("−") ? "-\\infty" : "\\infty" }
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else { return text }
        return "\(text[..<e])\\times10^{\(exponent)}"
    }

    /// `[0.256, 0.413]`.
    static func interval(_ interval: ConfidenceInterval) -> String {
        "[\(number(interval.lower)), \(number(interval.upper))]"
    }

    /// The one-variable law as fitted: `L = 0.171 + 3.29\,n^{-0.281}`.
    /// A parameter at its bound (`atBound`) is left out of the law, not quoted as an estimate.
    static func law(_ law: CurveLaw, x: String, y: String, atBound: Set<String> = []) -> String {
        let p = law.parameters
        let power = "\(number(p["A"] ?? .nan))\\,\(symbol(x))^{\(number(-(p["b"] ?? .nan)))}"
        switch law {
        case .powerLaw: return "\(symbol(y)) = \(power)"
        case .powerLawWithOffset:
            return atBound.contains("E") ? "\(symbol(y)) = \(power)" : "\(symbol(y)) = \(number(p["E"] ?? .nan)) + \(power)"
        }
    }

    /// Greek parameters by their TeX names; the others as they are.
    static func parameter(_ name: String) -> String {
        ["alpha": "\\alpha", "beta": "\\beta", "gamma": "\\gamma"][name] ?? name
    }
}
