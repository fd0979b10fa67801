import Engine
import Notes
import Numerics

/// The keys of an `experiment` directive: the sweep's own keys, then every training key as
/// `ConfigKeys` declares it (type, range, default, when it applies, help).
package enum ExperimentSchema {
    /// Keys about the sweep itself, not the trials' configuration; the parser reads them.
    static let sweepKeys = [
        DirectiveKey("id", .text, required: true, whyRequired: "so plots, tables and other notes can name it (id: width)",
                     help: "names the experiment for plots, tables, values and other notes (`note-slug/id`)"),
        DirectiveKey("seeds", .integer(min: 1), default: "1", help: "a count (`3`: seeds 0, 1, 2) or a list of seeds (`[4, 7]`)"),
        DirectiveKey("sweep", .choice(Experiment.SweepMode.allCases.map(\.rawValue)), default: "grid",
                     help: "`grid`: every combination of the lists; `zip`: the lists in step; `random`: `samples` draws"),
        DirectiveKey("samples", .integer(min: 1), when: "sweep: random", help: "how many configurations a random sweep draws"),
        DirectiveKey("sweep_seed", .integer(min: 0), default: "0", when: "sweep: random",
                     help: "seed of a random sweep: sample i depends only on it and i"),
    ]

    /// Transfer between the engine's experiments: not a key of a command's.
    static let from = DirectiveKey("from", .text, help: "an upstream experiment (`id` or `note-slug/id`): every trial starts from each of its trials' weights")

    /// The directive's keys: the sweep's, then every training key as `ConfigKeys` declares it.
    package static let schema = DirectiveSchema(.experiment, essentials: "an id and a dataset", keys: sweepKeys + [from] + ConfigKeys.all.map {
        DirectiveKey($0.name, $0.rule, default: $0.defaultText, when: $0.condition.text, help: $0.help)
    })

    /// The rule the schema declares for a key the reader accepted.
    static func rule(_ key: String) -> ConfigRule {
        guard case .rule(let rule)? = schema.key(key)?.value else { preconditionFailure("'\(key)' has no rule in the experiment schema") }
        return rule
    }

    /// Checks one YAML value against a rule; the converted value, or a message.
    static func check(_ node: YAMLNode, _ rule: ConfigRule, key: String) -> Result<ConfigValue, Diagnostic> {
        func fail(_ message: String) -> Result<ConfigValue, Diagnostic> { .failure(Diagnostic(node.location, "'\(key)' \(message)")) }
        switch rule {
        case .integer:
            guard let value = node.int else { return fail("must be a whole number, not \(describe(node))") }
            if let violation = rule.violation(value) { return fail(violation) }
            return .success(.int(value))
        case .number:
            guard let value = node.double, value.isFinite else { return fail("must be a number, not \(describe(node))") }
            if let violation = rule.violation(value, NumberFormat.configValue.string) { return fail(violation) }
            return .success(node.int.map { .int($0) } ?? .double(value))
        case .choice(let allowed):
            guard let value = node.string, node.mapping == nil, node.sequence == nil else {
                return fail("must be one of \(allowed.joined(separator: ", ")), not \(describe(node))")
            }
            guard allowed.contains(value) else {
                var message = "must be one of \(allowed.joined(separator: ", ")), got '\(value)'"
                if let guess = Suggestion.closest(to: value, among: allowed) { message += "; did you mean '\(guess)'?" }
                return fail(message)
            }
            return .success(.string(value))
        case .text:
            guard let value = node.string, node.mapping == nil, node.sequence == nil else { return fail("must be text, not \(describe(node))") }
            return .success(.string(value))
        case .flag:
            guard let value = node.bool else { return fail("must be true or false, not \(describe(node))") }
            return .success(.bool(value))
        case .dataset:
            guard let value = node.string, node.mapping == nil, node.sequence == nil else { return fail("must name a dataset, not \(describe(node))") }
            if var message = rule.violation(value) {
                let known = DatasetSource.names.filter { !$0.hasSuffix(":PATH") }
                if let guess = Suggestion.closest(to: value, among: known) { message += "; did you mean '\(guess)'?" }
                return fail(message)
            }
            return .success(.string(value))
        case .labels:
            guard let items = node.sequence else { return fail("must be a list of labels ([0, 1, 2]), not \(describe(node))") }
            var labels: [Int] = []
            for item in items {
                guard let label = item.int else { return .failure(Diagnostic(item.location, "'\(key)' must list whole numbers, not \(describe(item))")) }
                labels.append(label)
            }
            if let violation = rule.violation(labels) { return fail(violation) }
            return .success(.list(labels.map { .int($0) }))
        case .section(let fields):
            let names = fields.map(\.name).sorted()
            guard let pairs = node.mapping else { return fail("must be a mapping of \(names.joined(separator: ", ")), not \(describe(node))") }
            var result: [String: ConfigValue] = [:]
            for pair in pairs {
                let name = pair.key.string ?? ""
                guard let inner = fields.first(where: { $0.name == name }) else {
                    var message = "'\(key).\(name)' is not a key of \(key)"
                    if let guess = Suggestion.closest(to: name, among: names) { message += "; did you mean '\(guess)'?" }
                    else { message += " (keys: \(names.joined(separator: ", ")))" }
                    return .failure(Diagnostic(pair.key.location, message))
                }
                switch check(pair.value, inner.rule, key: "\(key).\(name)") {
                case .success(let value): result[name] = value
                case .failure(let error): return .failure(error)
                }
            }
            return .success(.mapping(result))
        }
    }

    static func describe(_ node: YAMLNode) -> String {
        if let text = node.string, node.mapping == nil, node.sequence == nil { return "\(node.kindName) '\(text)'" }
        return "a \(node.kindName)"
    }
}
