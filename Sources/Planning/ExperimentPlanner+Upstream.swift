import Engine
import Notes

/// `from:`: a downstream experiment's trials start from each trial of an upstream experiment.
extension ExperimentPlanner {
    /// The model keys a downstream trial takes from its upstream trial: the body it starts from.
    static let inheritedKeys: [AnyConfigKey] = [
        AnyConfigKey(ConfigKeys.model), AnyConfigKey(ConfigKeys.width), AnyConfigKey(ConfigKeys.depth),
        AnyConfigKey(ConfigKeys.activation), AnyConfigKey(ConfigKeys.norm), AnyConfigKey(ConfigKeys.dropout),
        AnyConfigKey(ConfigKeys.parametrization), AnyConfigKey(ConfigKeys.baseWidth),
    ]

    /// Plans upstream experiments before those that start from them; the result keeps the notes' order.
    mutating func planInUpstreamOrder(_ parsed: [Experiment], diagnostics: inout [Diagnostic], broken: inout Set<String>) -> [PlannedExperiment] {
        let known = Set(parsed.map(\.qualifiedID))
        var planned: [String: PlannedExperiment] = [:]
        var waiting = parsed
        while !waiting.isEmpty {
            var progressed = false
            var next: [Experiment] = []
            for experiment in waiting {
                var upstream: PlannedExperiment?
                if let from = experiment.from {
                    let id = Self.upstreamID(from, of: experiment)
                    let location = experiment.keyLocations["from"] ?? experiment.location
                    if broken.contains(id) {
                        diagnostics.append(Diagnostic(location, "'from' names '\(from)', which has errors of its own"))
                        broken.insert(experiment.qualifiedID)
                        progressed = true
                        continue
                    }
                    guard known.contains(id) else {
                        var message = "'from' names no experiment '\(from)'"
                        if let guess = Suggestion.closest(to: id, among: Array(known)) { message += "; did you mean '\(guess)'?" }
                        diagnostics.append(Diagnostic(location, message))
                        broken.insert(experiment.qualifiedID)
                        progressed = true
                        continue
                    }
                    guard let found = planned[id] else { next.append(experiment); continue }
                    upstream = found
                }
                let (trials, problems) = self.trials(for: experiment, upstream: upstream)
                diagnostics += problems
                if problems.isEmpty {
                    var result = PlannedExperiment(experiment: experiment, trials: trials)
                    if let upstream { result.upstreamKeys = Self.upstreamLabelKeys(upstream) }
                    planned[experiment.qualifiedID] = result
                } else {
                    broken.insert(experiment.qualifiedID)
                }
                progressed = true
            }
            if !progressed {
                for experiment in next {
                    diagnostics.append(Diagnostic(experiment.keyLocations["from"] ?? experiment.location,
                                                  "'from' goes round in a circle: '\(experiment.id)' starts from itself through its upstream"))
                    broken.insert(experiment.qualifiedID)
                }
                break
            }
            waiting = next
        }
        return parsed.compactMap { planned[$0.qualifiedID] }
    }

    /// `id` within the experiment's own note, or `note-slug/id`.
    static func upstreamID(_ from: String, of experiment: Experiment) -> String {
        from.contains("/") ? from : "\(experiment.noteSlug)/\(from)"
    }

    /// Makes `config` start from `start`: the upstream's model keys (a written key that contradicts
    /// one is an error at its position), its dataset unless another is written, and `probe: linear`
    /// unless written. Without `from:`, a written `probe` is an error.
    static func startingPoint(_ config: inout TrialConfig, written: Set<String>, from start: PlannedTrial?, experiment: Experiment) -> Diagnostic? {
        guard let start else {
            guard config.probe == nil else {
                return Diagnostic(experiment.keyLocations["probe"] ?? experiment.location, "'probe' applies only to an experiment with 'from:' (an upstream to start from)")
            }
            return nil
        }
        let upstream = start.config
        let resolved = config.resolved()
        for key in inheritedKeys {
            if written.contains(key.name) {
                let mine = key.written(resolved), theirs = key.written(upstream)
                if mine != theirs {
                    return Diagnostic(experiment.keyLocations[key.name] ?? experiment.location,
                                      "'\(key.name)' is \(mine ?? "unset") here, but the upstream trial it starts from has \(key.name) \(theirs ?? "unset"): a downstream model keeps its upstream's; leave '\(key.name)' out")
                }
            }
            key.copy(upstream, &config)
        }
        if !written.contains("dataset") { config.dataset = upstream.dataset }
        if config.probe == nil { config.probe = .linear }
        return nil
    }

    /// The upstream trial's swept values and seed, as `from.width`, `from.seed`, for labels and figures.
    static func upstreamValues(_ start: PlannedTrial, of upstream: PlannedExperiment) -> [String: ConfigValue] {
        var values: [String: ConfigValue] = [:]
        for (key, value) in start.sweepValues { values["from." + key] = value }
        values["from.seed"] = .int(Int(start.seed))
        return values
    }

    static func upstreamLabelKeys(_ upstream: PlannedExperiment) -> [String] {
        upstream.sweptKeys.map { $0.hasPrefix("from.") ? $0 : "from." + $0 } + (upstream.experiment.seeds.count > 1 ? ["from.seed"] : [])
    }
}
