import Engine
import Notes
import Numerics

/// Reads a directive's YAML mapping against its schema, collecting every problem with its
/// position: the one reader of experiment, plot and table directives. Unknown keys get a
/// "did you mean"; the typed readers take each key's type, range and allowed values from the schema.
package struct DirectiveReader {
    package let directive: Directive
    package let schema: DirectiveSchema
    package private(set) var problems: [Diagnostic] = []
    /// The known keys as written, in order.
    package private(set) var pairs: [(key: String, node: YAMLNode)] = []
    package private(set) var fields: [String: YAMLNode] = [:]
    /// Where each key's value was written, for problems found later.
    package private(set) var keyLocations: [String: SourceLocation] = [:]

    /// With `openKeys`, keys the schema does not name are read too (a command experiment's own).
    package init(_ directive: Directive, schema: DirectiveSchema, openKeys: Bool = false) {
        self.directive = directive
        self.schema = schema
        let kind = directive.kind.rawValue
        let root: YAMLNode?
        do { root = try directive.yaml() } catch {
            problems.append(error)
            return
        }
        guard let root else {
            problems.append(Diagnostic(directive.location, "empty \(kind): give at least \(schema.essentials)"))
            return
        }
        let article = "aeiou".contains(kind.first!) ? "an" : "a"
        guard let mapping = root.mapping else {
            problems.append(Diagnostic(root.location, "\(article) \(kind) is a mapping of keys to values, not a \(root.kindName)"))
            return
        }
        let known = schema.names
        for pair in mapping {
            guard let key = pair.key.string, pair.key.mapping == nil, pair.key.sequence == nil else {
                problems.append(Diagnostic(pair.key.location, "keys must be text"))
                continue
            }
            guard known.contains(key) || openKeys else {
                var message = "unknown key '\(key)' in \(kind)"
                if let guess = Suggestion.closest(to: key, among: known) { message += "; did you mean '\(guess)'?" }
                else if known.count <= 20 { message += " (keys: \(known.joined(separator: ", ")))" }
                problems.append(Diagnostic(pair.key.location, message))
                continue
            }
            guard fields[key] == nil else {
                problems.append(Diagnostic(pair.key.location, "'\(key)' is given twice"))
                continue
            }
            fields[key] = pair.value
            keyLocations[key] = pair.value.location
            pairs.append((key, pair.value))
        }
        for key in schema.keys where key.required && fields[key.name] == nil {
            problems.append(Diagnostic(directive.location, "\(article) \(kind) needs '\(key.name)'" + (key.whyRequired.map { ", \($0)" } ?? "")))
        }
    }

    package mutating func report(_ key: String, _ message: String) {
        problems.append(Diagnostic(keyLocations[key] ?? directive.location, message))
    }

    private func rule(_ key: String) -> ConfigRule? {
        guard case .rule(let rule)? = schema.key(key)?.value else { return nil }
        return rule
    }

    package mutating func text(_ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard let value = node.string, node.mapping == nil, node.sequence == nil, !value.isEmpty else {
            report(key, "'\(key)' must be text, not a \(node.kindName)")
            return nil
        }
        return value
    }

    /// One name or a list of names.
    package mutating func names(_ key: String) -> [String] {
        guard let node = fields[key] else { return [] }
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

    package mutating func integer(_ key: String) -> Int? {
        guard let node = fields[key], case .integer(let min, _)? = rule(key) else { return nil }
        guard let value = node.int, rule(key)?.violation(value) == nil else {
            report(key, "'\(key)' must be a whole number of at least \(min)")
            return nil
        }
        return value
    }

    package mutating func number(_ key: String) -> Double? {
        guard let node = fields[key], let rule = rule(key) else { return nil }
        guard let value = node.double, rule.violation(value) == nil else {
            report(key, "'\(key)' must be a number in \(rule.written(NumberFormat.configValue.string).replacingOccurrences(of: "number in ", with: ""))")
            return nil
        }
        return value
    }

    package mutating func flag(_ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard let value = node.bool else {
            report(key, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// One of the key's allowed values, with a "did you mean" for near misses.
    package mutating func choice(_ key: String) -> String? {
        guard case .choice(let allowed)? = rule(key), let value = text(key) else { return nil }
        guard allowed.contains(value) else {
            var message = "'\(key)' must be one of \(allowed.joined(separator: ", ")), got '\(value)'"
            if let guess = Suggestion.closest(to: value, among: allowed) { message += "; did you mean '\(guess)'?" }
            report(key, message)
            return nil
        }
        return value
    }

    /// `where: {key: value, …}`: configuration keys, one value each.
    package mutating func filter(_ key: String) -> [String: String] {
        guard let node = fields[key] else { return [:] }
        guard let pairs = node.mapping else {
            report(key, "'\(key)' must map configuration keys to values, e.g. \(key): {lr: 1e-3}")
            return [:]
        }
        let configKeys = TrialConfig.keys
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
}
