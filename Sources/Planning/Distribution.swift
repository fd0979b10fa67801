import Foundation
import Notes

/// A random-search distribution written as a directive value: `loguniform(1e-4, 1e-1)`,
/// `uniform(0, 0.5)`, `integer(16, 512)`, `choice(relu, gelu)`.
package enum Distribution: Hashable, Sendable {
    case uniform(Double, Double)
    case logUniform(Double, Double)
    /// Whole numbers from `low` to `high`, both included.
    case integer(Int, Int)
    case choice([ConfigValue])

    package enum ParseError: Error, Equatable { case notADistribution, invalid(String) }

    static let names = ["loguniform", "uniform", "integer", "choice"]

    /// Parses `name(args)`; `.notADistribution` for text that is not written that way.
    package init(parsing text: String) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") else { throw .notADistribution }
        let name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) else { throw .notADistribution }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let args = inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        func numbers() throws(ParseError) -> (Double, Double) {
            guard args.count == 2, let a = Double(args[0]), let b = Double(args[1]), a.isFinite, b.isFinite, a < b else {
                throw .invalid("\(name)(low, high) needs two numbers with low < high")
            }
            return (a, b)
        }
        switch name {
        case "uniform":
            let (a, b) = try numbers()
            self = .uniform(a, b)
        case "loguniform", "log_uniform":
            let (a, b) = try numbers()
            guard a > 0 else { throw .invalid("loguniform(low, high) needs low > 0") }
            self = .logUniform(a, b)
        case "integer", "randint":
            guard args.count == 2, let a = Int(args[0]), let b = Int(args[1]), a <= b else {
                throw .invalid("integer(low, high) needs two whole numbers with low ≤ high")
            }
            self = .integer(a, b)
        case "choice":
            guard !args.isEmpty, !args.contains(where: \.isEmpty) else { throw .invalid("choice(a, b, …) needs at least one value") }
            self = .choice(args.map { arg in
                if let i = Int(arg) { return .int(i) }
                if let d = Double(arg) { return .double(d) }
                return .string(arg.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
            })
        default:
            var message = "unknown distribution '\(name)'; use \(Distribution.names.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: name, among: Distribution.names) { message += "; did you mean '\(guess)'?" }
            throw .invalid(message)
        }
    }

    /// A draw from two uniform numbers in [0, 1).
    func sample(_ u: Double) -> ConfigValue {
        switch self {
        case .uniform(let a, let b): return .double(a + (b - a) * u)
        case .logUniform(let a, let b): return .double(exp(log(a) + (log(b) - log(a)) * u))
        case .integer(let a, let b): return .int(a + min(b - a, Int(Double(b - a + 1) * u)))
        case .choice(let values): return values[min(values.count - 1, Int(Double(values.count) * u))]
        }
    }
}
