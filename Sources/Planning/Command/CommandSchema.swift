import Engine
import Foundation
import Notes

/// The keys of an experiment that runs the researcher's own command (`command:`): the sweep's
/// keys, these, and any others, which are passed to the script untouched (labbook checks only
/// their YAML types) and swept like the engine's keys.
package enum CommandSchema {
    static let commandKeys = [
        DirectiveKey("command", .text, required: true, whyRequired: "the script to run for each trial",
                     help: "run for each trial from the notebook's root, without a shell (words split as a shell would)"),
        DirectiveKey("code", .described("a path or a list of paths"), default: "—", help: "files and folders whose content is part of every trial's key"),
        DirectiveKey("env", .described("a path or a list of paths"), default: "—", help: "files that pin the software (`requirements.txt`), also part of the key"),
        DirectiveKey("timeout", .described("a duration: `90s`, `30m`, `2h`"), default: "no limit", help: "a trial running longer is stopped (its process group killed) and failed"),
        DirectiveKey("higher_is_better", .described("a metric or a list of metrics"), default: "names ending in `acc`",
                     help: "metrics the script writes that are better higher (`top1`), for plots, tables and `best`"),
        DirectiveKey("slurm", .described("{cpus_per_task: 4, sbatch_args: [--gres=gpu:1], …}"), default: "labbook.yml's settings",
                     help: "this experiment's Slurm settings, over labbook.yml's `slurm:`"),
    ]

    /// The directive's keys: the sweep's, then the command's own.
    package static let schema = DirectiveSchema(.experiment, essentials: "an id and a command", keys: ExperimentSchema.sweepKeys + commandKeys)

    static let names = Set(commandKeys.map(\.name))

    /// Whether an experiment directive runs a command rather than the engine.
    static func runsCommand(_ directive: Directive) -> Bool {
        guard let root = try? directive.yaml() else { return false }
        return root["command"] != nil
    }

    /// Reads one of the command's own keys into `spec`.
    static func read(_ key: String, _ node: YAMLNode, into spec: inout CommandSpec, problems: inout [Diagnostic]) {
        switch key {
        case "command":
            guard let text = node.string, node.mapping == nil, node.sequence == nil else {
                problems.append(Diagnostic(node.location, "'command' must be text, the command line to run, not \(ExperimentSchema.describe(node))"))
                return
            }
            do {
                spec.words = try CommandWords.split(text)
                spec.command = text
            } catch {
                problems.append(Diagnostic(node.location, "'command': \(error)"))
            }
        case "code", "env":
            let items = node.sequence ?? [node]
            var paths: [CommandSpec.Path] = []
            for item in items {
                guard let path = item.string, item.mapping == nil, item.sequence == nil, !path.isEmpty else {
                    problems.append(Diagnostic(item.location, "'\(key)' must be a path or a list of paths, not \(ExperimentSchema.describe(item))"))
                    continue
                }
                paths.append(CommandSpec.Path(path: path, location: item.location))
            }
            if key == "code" { spec.code = paths } else { spec.env = paths }
        case "timeout":
            guard let seconds = duration(node) else {
                problems.append(Diagnostic(node.location, "'timeout' must be a duration such as 90s, 30m or 2h, not \(ExperimentSchema.describe(node))"))
                return
            }
            spec.timeout = seconds
        case "higher_is_better":
            let items = node.sequence ?? [node]
            let names = items.compactMap { $0.mapping == nil && $0.sequence == nil ? $0.string : nil }
            guard names.count == items.count, !names.isEmpty else {
                problems.append(Diagnostic(node.location, "'higher_is_better' must be a metric name or a list of them"))
                return
            }
            spec.higherIsBetter = names
        case "slurm":
            guard node.mapping != nil else {
                problems.append(Diagnostic(node.location, "'slurm' must be a mapping of Slurm settings, as under labbook.yml's slurm:"))
                return
            }
            spec.slurm = node
        default:
            preconditionFailure("'\(key)' is not a command key")
        }
    }

    /// `90s`, `30m`, `2h`, `1.5h`, or a number of seconds; nil if it is none of these.
    static func duration(_ node: YAMLNode) -> Double? {
        if let seconds = node.double { return seconds > 0 && seconds.isFinite ? seconds : nil }
        guard let text = node.string?.trimmingCharacters(in: .whitespaces), let unit = text.last,
              let scale = ["s": 1.0, "m": 60, "h": 3_600][String(unit)],
              let amount = Double(text.dropLast()), amount > 0, amount.isFinite else { return nil }
        return amount * scale
    }

    /// A key labbook passes to the script: its YAML value with its type (number, text, true or
    /// false, a mapping of such), checked for nothing else.
    static func passThrough(_ node: YAMLNode, key: String) -> Result<ConfigValue, Diagnostic> {
        func fail(_ message: String) -> Result<ConfigValue, Diagnostic> { .failure(Diagnostic(node.location, "'\(key)' \(message)")) }
        switch node.value {
        case .sequence:
            return fail("is a list inside a sweep: each value of a swept key must be one number, text, true/false or mapping")
        case .mapping(let pairs):
            var result: [String: ConfigValue] = [:]
            for pair in pairs {
                guard let name = pair.key.string else { return .failure(Diagnostic(pair.key.location, "'\(key)' has a key that is not text")) }
                switch passThrough(pair.value, key: "\(key).\(name)") {
                case .success(let value): result[name] = value
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.mapping(result))
        case .scalar(_, .null):
            return fail("has no value")
        case .scalar(let text, .bool):
            return .success(.bool(node.bool ?? (text == "true")))
        case .scalar(_, .int):
            if let value = node.int { return .success(.int(value)) }
            return node.double.map { .success(.double($0)) } ?? fail("is not a number JSON can hold")
        case .scalar(_, .float):
            guard let value = node.double, value.isFinite else { return fail("must be a finite number") }
            return .success(.double(value))
        case .scalar(let text, .string):
            return .success(.string(text))
        }
    }
}
