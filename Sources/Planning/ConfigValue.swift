import Foundation
import Numerics

/// One value of a trial's configuration as written in a directive: the JSON-shaped subset of YAML
/// that configurations use.
package enum ConfigValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case mapping([String: ConfigValue])
    /// A list that is one value (`classes: [5, 6, 7]`), not a sweep.
    case list([ConfigValue])

    package func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let v): try container.encode(v)
        case .double(let v): try container.encode(v)
        case .string(let v): try container.encode(v)
        case .bool(let v): try container.encode(v)
        case .mapping(let v): try container.encode(v)
        case .list(let v): try container.encode(v)
        }
    }

    package init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Text before numbers: a record's decoder reads the strings "nan" and "inf" as numbers,
        // and a command trial's key may hold them as text (`behave: nan`).
        if let v = try? container.decode(Bool.self) { self = .bool(v) }
        else if let v = try? container.decode(Int.self) { self = .int(v) }
        else if let v = try? container.decode(String.self) { self = .string(v) }
        else if let v = try? container.decode(Double.self) { self = .double(v) }
        else if let v = try? container.decode([ConfigValue].self) { self = .list(v) }
        else { self = .mapping(try container.decode([String: ConfigValue].self)) }
    }

    /// As a person would write it in a label: `1e-3`, `fashion-mnist`, `64`.
    package var description: String {
        switch self {
        case .int(let v): return String(v)
        case .double(let v): return NumberFormat.configValue.string(v)
        case .string(let v): return v
        case .bool(let v): return String(v)
        case .mapping(let v): return "{" + v.keys.sorted().map { "\($0): \(v[$0]!)" }.joined(separator: ", ") + "}"
        case .list(let v): return "[" + v.map(\.description).joined(separator: ", ") + "]"
        }
    }

    package var number: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .double(let v): return v
        default: return nil
        }
    }
}
