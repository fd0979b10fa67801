import Notes

/// Reads a directive's YAML mapping key by key against a list of known keys, collecting every
/// problem with its position: the shared mechanics of `plot` and `table`.
struct DirectiveReader {
    let directive: Directive
    let known: [String]
    private(set) var problems: [Diagnostic] = []
    private(set) var fields: [String: YAMLNode] = [:]
    private(set) var keyLocations: [String: SourceLocation] = [:]

    init(_ directive: Directive, known: [String]) {
        self.directive = directive
        self.known = known
        let root: YAMLNode?
        do { root = try directive.yaml() } catch {
            problems.append(error)
            return
        }
        guard let root else {
            problems.append(Diagnostic(directive.location, "empty \(directive.kind.rawValue): give at least \(directive.kind == .plot ? "experiment, x and y" : "experiment, rows and columns")"))
            return
        }
        guard let pairs = root.mapping else {
            problems.append(Diagnostic(root.location, "a \(directive.kind.rawValue) is a mapping of keys to values, not a \(root.kindName)"))
            return
        }
        for pair in pairs {
            guard let key = pair.key.string else { continue }
            guard known.contains(key) else {
                var message = "unknown key '\(key)' in \(directive.kind.rawValue)"
                if let guess = Suggestion.closest(to: key, among: known) { message += "; did you mean '\(guess)'?" }
                else { message += " (keys: \(known.joined(separator: ", ")))" }
                problems.append(Diagnostic(pair.key.location, message))
                continue
            }
            if fields[key] != nil {
                problems.append(Diagnostic(pair.key.location, "'\(key)' is given twice"))
                continue
            }
            fields[key] = pair.value
            keyLocations[key] = pair.value.location
        }
    }

    mutating func report(_ key: String, _ message: String) {
        problems.append(Diagnostic(keyLocations[key] ?? directive.location, message))
    }

    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let node = fields[key] else {
            if required { problems.append(Diagnostic(directive.location, "a \(directive.kind.rawValue) needs '\(key)'")) }
            return nil
        }
        guard let value = node.string, node.mapping == nil, node.sequence == nil, !value.isEmpty else {
            report(key, "'\(key)' must be text, not a \(node.kindName)")
            return nil
        }
        return value
    }

    /// One name or a list of names.
    mutating func names(_ key: String, required: Bool = false) -> [String] {
        guard let node = fields[key] else {
            if required { problems.append(Diagnostic(directive.location, "a \(directive.kind.rawValue) needs '\(key)'")) }
            return []
        }
        if let items = node.sequence {
            let values = items.compactMap { $0.mapping == nil && $0.sequence == nil ? $0.string : nil }
            guard values.count == items.count, !values.isEmpty else {
                report(key, "'\(key)' must be a name or a list of names")
                return []
            }
            return values
        }
        return text(key).map { [$0] } ?? []
    }

    mutating func integer(_ key: String, min: Int) -> Int? {
        guard let node = fields[key] else { return nil }
        guard let value = node.int, value >= min else {
            report(key, "'\(key)' must be a whole number of at least \(min)")
            return nil
        }
        return value
    }

    mutating func flag(_ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard let value = node.bool else {
            report(key, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// `where: {key: value, …}`: configuration keys, one value each.
    mutating func filter(_ key: String, configKeys: [String]) -> [String: String] {
        guard let node = fields[key] else { return [:] }
        guard let pairs = node.mapping else {
            report(key, "'\(key)' must map configuration keys to values, e.g. \(key): {lr: 1e-3}")
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs {
            let name = pair.key.string ?? ""
            guard configKeys.contains(name) else {
                var message = "'\(key)' names '\(name)', which is not a configuration key"
                if let guess = Suggestion.closest(to: name, among: configKeys) { message += "; did you mean '\(guess)'?" }
                problems.append(Diagnostic(pair.key.location, message))
                continue
            }
            guard let value = pair.value.string, pair.value.mapping == nil, pair.value.sequence == nil else {
                problems.append(Diagnostic(pair.value.location, "'\(key).\(name)' takes one value, not a \(pair.value.kindName); draw several with 'series'"))
                continue
            }
            result[name] = value
        }
        return result
    }

    /// One of `allowed`, with a "did you mean" for near misses.
    mutating func choice(_ key: String, _ allowed: [String]) -> String? {
        guard let value = text(key) else { return nil }
        guard allowed.contains(value) else {
            var message = "'\(key)' must be one of \(allowed.joined(separator: ", ")), got '\(value)'"
            if let guess = Suggestion.closest(to: value, among: allowed) { message += "; did you mean '\(guess)'?" }
            report(key, message)
            return nil
        }
        return value
    }
}
