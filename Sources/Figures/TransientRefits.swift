import Analysis
import Numerics

extension PlotFigure {
    /// The exponent refitted from each x on (dropping the smallest first): the caption's sentence,
    /// and every parameter as `b.from.<x>`, `E.from.<x>` (the exponent with `.interval`) for prose.
    static func transient(_ form: CurveLaw.Form, _ observations: [Observation], spec: PlotSpec,
                          series: String?) -> Result<(String, [String: String]), PlotProblem> {
        do {
            let refits = try Transient.refits(form, observations, bootstrap: bootstrap)
            var quoted: [String: String] = [:]
            let parts = refits.map { refit -> String in
                let from = NumberFormat.quoted.string(refit.from)
                let b = NumberFormat.quoted(digits: 3).string(refit.fit.parameters["b"]!)
                for name in refit.fit.parameterNames { quoted["\(name).from.\(from)"] = FitValues.text(refit.fit, name) }
                var text = "from \(from): \(b)"
                if let interval = FitValues.interval(refit.fit, "b") {
                    let range = NumberFormat.interval(interval.lower, interval.upper)
                    quoted["b.from.\(from).interval"] = range
                    text += " \(range)"
                }
                return text
            }
            let label = series.map { " (\($0))" } ?? ""
            return .success(("Transient\(label): b refitted on \(spec.x) ≥ each value, smallest dropped first, \(parts.joined(separator: "; ")).", quoted))
        } catch {
            return .failure(PlotProblem(key: "transient", message: "cannot refit \(spec.fit.rawValue) without the smallest \(spec.x): \(error)"))
        }
    }
}
