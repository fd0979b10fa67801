import Engine
import Notes

/// Reads `experiment` directives against the schema, collecting every problem with its position.
package enum ExperimentParser {
    package static func parse(_ directive: Directive, in note: Note) -> (experiment: Experiment?, problems: [Diagnostic]) {
        let runsCommand = CommandSchema.runsCommand(directive)
        let reader = DirectiveReader(directive, schema: runsCommand ? CommandSchema.schema : ExperimentSchema.schema, openKeys: runsCommand)
        var problems = reader.problems
        var command = CommandSpec(command: "", words: [], location: reader.keyLocations["command"] ?? directive.location)
        var experiment = Experiment(id: "", notePath: note.path, noteSlug: note.slug, location: directive.location,
                                    body: directive.body, sweep: .grid, samples: 0, sweepSeed: 0, seeds: [0], fixed: [:], axes: [],
                                    randomKeys: [], keyLocations: reader.keyLocations)
        for (key, value) in reader.pairs {
            // A section's own keys, so a problem the engine finds in `spurious.majority_fraction` points at it.
            for field in value.mapping ?? [] {
                if let name = field.key.string { experiment.keyLocations["\(key).\(name)"] = field.value.location }
            }
            switch key {
            case "id":
                if let id = value.string, value.mapping == nil, !id.isEmpty,
                   id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) {
                    experiment.id = id
                } else {
                    problems.append(Diagnostic(value.location, "'id' must be a name of letters, digits, '-', '_' or '.'"))
                }
            case "seeds":
                if let list = value.sequence {
                    let seeds = list.compactMap { $0.int.flatMap { $0 >= 0 ? UInt64($0) : nil } }
                    if seeds.count != list.count || list.isEmpty {
                        problems.append(Diagnostic(value.location, "'seeds' must be a count (seeds: 3) or a list of whole numbers ≥ 0 (seeds: [4, 7])"))
                    } else if Set(seeds).count != seeds.count {
                        problems.append(Diagnostic(value.location, "'seeds' lists a seed twice"))
                    } else {
                        experiment.seeds = seeds
                    }
                } else if case .int(let count)? = sweepValue(key, value, &problems) {
                    experiment.seeds = (0..<UInt64(count)).map { $0 }
                }
            case "sweep":
                if case .string(let mode)? = sweepValue(key, value, &problems) { experiment.sweep = Experiment.SweepMode(rawValue: mode)! }
            case "samples":
                if case .int(let n)? = sweepValue(key, value, &problems) { experiment.samples = n }
            case "from" where runsCommand:
                problems.append(Diagnostic(value.location, "'from' starts the engine's trials from an upstream trial's weights; "
                                           + "a command experiment cannot use it (pass your script its own key)"))
            case "from":
                if case .string(let upstream)? = sweepValue(key, value, &problems) { experiment.from = upstream }
            case "sweep_seed":
                if case .int(let n)? = sweepValue(key, value, &problems) { experiment.sweepSeed = UInt64(n) }
            default:
                if !runsCommand {
                    let rule = ExperimentSchema.rule(key)
                    readTrainingKey(key, value, sweepable: rule.sweepable, listValued: rule.isList, check: { ExperimentSchema.check($0, rule, key: key) },
                                    into: &experiment, problems: &problems)
                } else if CommandSchema.names.contains(key) {
                    CommandSchema.read(key, value, into: &command, problems: &problems)
                } else {
                    readTrainingKey(key, value, sweepable: true, check: { CommandSchema.passThrough($0, key: key) },
                                    into: &experiment, problems: &problems)
                }
            }
        }
        if runsCommand { experiment.command = command }

        switch experiment.sweep {
        case .random:
            if experiment.samples == 0 {
                problems.append(Diagnostic(experiment.keyLocations["sweep"] ?? directive.location, "a random sweep needs 'samples: N'"))
            }
        case .zip:
            let lengths = Set(experiment.axes.map(\.values.count))
            if lengths.count > 1 {
                let spelled = experiment.axes.map { "\($0.key) has \($0.values.count)" }.joined(separator: ", ")
                problems.append(Diagnostic(experiment.keyLocations["sweep"] ?? directive.location, "a zip sweep needs lists of one length: \(spelled)"))
            }
            fallthrough
        case .grid:
            if let random = experiment.randomKeys.first {
                problems.append(Diagnostic(random.location, "'\(random.key)' is a distribution, which needs 'sweep: random'"))
            }
            if reader.fields["samples"] != nil {
                problems.append(Diagnostic(experiment.keyLocations["samples"]!, "'samples' applies only to 'sweep: random'"))
            }
        }
        return (problems.isEmpty ? experiment : nil, problems)
    }

    /// A sweep key's value checked against the rule `ExperimentSchema.sweepKeys` declares for it.
    private static func sweepValue(_ key: String, _ value: YAMLNode, _ problems: inout [Diagnostic]) -> ConfigValue? {
        switch ExperimentSchema.check(value, ExperimentSchema.rule(key), key: key) {
        case .success(let checked): return checked
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// A key of the trials' configuration: one value, a list (a sweep axis) or a distribution,
    /// each value read by `check`. A list-valued key (`classes`) takes a list of lists as its sweep.
    private static func readTrainingKey(_ key: String, _ value: YAMLNode, sweepable: Bool, listValued: Bool = false,
                                        check: (YAMLNode) -> Result<ConfigValue, Diagnostic>,
                                        into experiment: inout Experiment, problems: inout [Diagnostic]) {
        // A list of labels is one value; a list of such lists is a sweep.
        if let list = value.sequence, !(listValued && !list.contains { $0.sequence != nil }) {
            guard sweepable else {
                problems.append(Diagnostic(value.location, "'\(key)' cannot be swept; give one mapping"))
                return
            }
            guard !list.isEmpty else {
                problems.append(Diagnostic(value.location, "'\(key)' is an empty sweep: give at least one value"))
                return
            }
            var values: [ConfigValue] = []
            for item in list {
                switch check(item) {
                case .success(let v): values.append(v)
                case .failure(let error): problems.append(error)
                }
            }
            if Set(values).count != values.count {
                problems.append(Diagnostic(value.location, "'\(key)' lists a value twice"))
            }
            experiment.axes.append(Experiment.Axis(key: key, values: values, location: value.location))
            return
        }
        if let text = value.string, value.mapping == nil {
            do {
                let distribution = try Distribution(parsing: text)
                experiment.randomKeys.append(Experiment.RandomKey(key: key, distribution: distribution, location: value.location))
                return
            } catch .invalid(let message) {
                problems.append(Diagnostic(value.location, "'\(key)': \(message)"))
                return
            } catch {
                // Not written as a distribution: an ordinary value.
            }
        }
        switch check(value) {
        case .success(let v): experiment.fixed[key] = v
        case .failure(let error): problems.append(error)
        }
    }
}
