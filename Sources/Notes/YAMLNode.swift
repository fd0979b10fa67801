import Yams

/// A YAML value with the place in the note where it was written, so every later check (front matter
/// dates, experiment keys) can point at the exact line and column.
package struct YAMLNode: Sendable, Hashable {
    package enum ScalarKind: String, Sendable, Hashable { case string, int, float, bool, null }

    package enum Value: Sendable, Hashable {
        case scalar(String, ScalarKind)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    package var value: Value
    package var location: SourceLocation

    package init(value: Value, location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// Parses YAML text that starts on line `firstLine` of the note at `path`.
    /// An empty document is nil; a syntax error is a diagnostic at the note's own line and column.
    package static func parse(_ text: String, path: String, firstLine: Int) throws(Diagnostic) -> YAMLNode? {
        // A function of its arguments alone, and asked for each directive by checking, planning and
        // drawing, on every rebuild of `serve`: parsed once per process.
        let result = parsed.value(for: ParseKey(text: text, path: path, firstLine: firstLine)) {
            Result { () throws(Diagnostic) in try parseAfresh(text, path: path, firstLine: firstLine) }
        }
        return try result.get()
    }

    private struct ParseKey: Hashable {
        var text: String
        var path: String
        var firstLine: Int
    }

    private static let parsed = Memo<ParseKey, Result<YAMLNode?, Diagnostic>>(capacity: 20_000)

    private static func parseAfresh(_ text: String, path: String, firstLine: Int) throws(Diagnostic) -> YAMLNode? {
        if let simple = SimpleYAML.mapping(text, path: path, firstLine: firstLine) { return simple }
        return try composed(text, path: path, firstLine: firstLine)
    }

    /// The text as Yams reads it.
    static func composed(_ text: String, path: String, firstLine: Int) throws(Diagnostic) -> YAMLNode? {
        let node: Node?
        do {
            // UTF-8 named: Yams's default reads the whole environment on every parse, to look for an override.
            node = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            throw diagnostic(for: error, path: path, firstLine: firstLine, lines: text.split(separator: "\n", omittingEmptySubsequences: false).count)
        } catch {
            throw Diagnostic(SourceLocation(path: path, line: firstLine, column: 1), "bad YAML: \(error)")
        }
        return node.map { convert($0, path: path, firstLine: firstLine) }
    }

    /// Parses YAML that must be a mapping (front matter, labbook.yml): its pairs, or nil with the
    /// problem added to `diagnostics`. An empty document is an empty mapping.
    static func parseMapping(_ text: String, path: String, firstLine: Int, what: String,
                             diagnostics: inout [Diagnostic]) -> (root: YAMLNode, pairs: [YAMLPair])? {
        let root: YAMLNode?
        do { root = try parse(text, path: path, firstLine: firstLine) } catch {
            diagnostics.append(error)
            return nil
        }
        guard let root else { return nil }
        guard let pairs = root.mapping else {
            diagnostics.append(Diagnostic(root.location, "\(what) must be a mapping of keys to values, not a \(root.kindName)"))
            return nil
        }
        return (root, pairs)
    }

    private static func convert(_ node: Node, path: String, firstLine: Int) -> YAMLNode {
        let location = SourceLocation(path: path, line: (node.mark?.line ?? 1) + firstLine - 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let kind: ScalarKind
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .int: kind = .int
            case .float: kind = .float
            case .bool: kind = .bool
            case .null: kind = .null
            default: kind = .string
            }
            return YAMLNode(value: .scalar(scalar.string, scalar.style == .plain ? kind : .string), location: location)
        case .sequence(let sequence):
            return YAMLNode(value: .sequence(sequence.map { convert($0, path: path, firstLine: firstLine) }), location: location)
        case .mapping(let mapping):
            let pairs = mapping.map { YAMLPair(key: convert($0.key, path: path, firstLine: firstLine),
                                               value: convert($0.value, path: path, firstLine: firstLine)) }
            return YAMLNode(value: .mapping(pairs), location: location)
        case .alias:
            return YAMLNode(value: .scalar("", .null), location: location)
        }
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int, lines: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "bad YAML: \(problem)"
            if let context { message += " \(context.text)" }
            // Running into the end means something opened earlier was never closed (a quote, a
            // bracket): point at where it opened, not at the end.
            let atEnd = problem.contains("end of stream") || mark.line >= lines
            let at = atEnd ? (context?.mark ?? mark) : mark
            if at.line != mark.line || at.column != mark.column { message += ", which is never closed" }
            return Diagnostic(SourceLocation(path: path, line: at.line + firstLine - 1, column: at.column), message)
        default:
            return Diagnostic(SourceLocation(path: path, line: firstLine, column: 1), "bad YAML: \(error)")
        }
    }

    // MARK: Reading values

    package var string: String? {
        if case .scalar(let text, let kind) = value, kind != .null { return text }
        return nil
    }

    package var bool: Bool? {
        if case .scalar(let text, .bool) = value { return ["true", "yes", "on"].contains(text.lowercased()) }
        return nil
    }

    package var int: Int? {
        if case .scalar(let text, .int) = value { return Int(text.replacingUnderscores) }
        return nil
    }

    package var double: Double? {
        if case .scalar(let text, let kind) = value, kind == .int || kind == .float {
            return Double(text.replacingUnderscores)
        }
        return nil
    }

    package var isNull: Bool {
        if case .scalar(_, .null) = value { return true }
        return false
    }

    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    package var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The value under `key` in a mapping.
    package subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// A plain Swift value (String, Int, Double, Bool, arrays, dictionaries) for templates.
    package var plainValue: Any {
        switch value {
        case .scalar(let text, let kind):
            switch kind {
            case .int: return int ?? text
            case .float: return double ?? text
            case .bool: return bool ?? text
            case .null: return ""
            case .string: return text
            }
        case .sequence(let items): return items.map(\.plainValue)
        case .mapping(let pairs):
            var result: [String: Any] = [:]
            for pair in pairs { result[pair.key.string ?? ""] = pair.value.plainValue }
            return result
        }
    }

    /// What kind of YAML value this is, for error messages.
    package var kindName: String {
        switch value {
        case .scalar(_, let kind): return kind == .float ? "number" : kind == .int ? "integer" : kind.rawValue
        case .sequence: return "list"
        case .mapping: return "mapping"
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { filter { $0 != "_" } }
}
