import Foundation

/// JSON as Python's `json` module writes it: `NaN`, `Infinity` and `-Infinity` are allowed as
/// numbers (a diverged loss), read here as the strings `nan`, `inf` and `-inf`.
enum LenientJSON {
    static func data(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var inString = false, escaped = false
        var rest = Substring(text)
        while let c = rest.first {
            if inString {
                out.append(c); rest.removeFirst()
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if c == "\"" { inString = true; out.append(c); rest.removeFirst(); continue }
            if let (token, word) = [("-Infinity", "\"-inf\""), ("Infinity", "\"inf\""), ("NaN", "\"nan\"")].first(where: { rest.hasPrefix($0.0) }) {
                out += word
                rest.removeFirst(token.count)
                continue
            }
            out.append(c); rest.removeFirst()
        }
        return Data(out.utf8)
    }

    /// One value a script wrote: a number (non-finite ones spelled as text), text, true/false, or other.
    enum Value: Decodable {
        case number(Double)
        case text(String)
        case flag(Bool)
        case other

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let flag = try? c.decode(Bool.self) { self = .flag(flag) }
            else if let number = try? c.decode(Double.self) { self = .number(number) }
            else if let text = try? c.decode(String.self) {
                switch text.lowercased() {
                case "nan": self = .number(.nan)
                case "inf", "infinity": self = .number(.infinity)
                case "-inf", "-infinity": self = .number(-.infinity)
                default: self = .text(text)
                }
            } else { self = .other }
        }
    }

    static func object(_ data: Data) throws -> [String: Value] {
        try JSONDecoder().decode([String: Value].self, from: Self.data(data))
    }
}
