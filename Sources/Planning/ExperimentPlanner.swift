import Engine
import Foundation
import Notes

/// Turns every experiment directive in a notebook into trials with keys: check → plan.
package struct ExperimentPlanner {
    package let locations: DatasetLocations
    private var fingerprints: [String: Result<String, EngineError>] = [:]
    private var dataChecks: [String: EngineError?] = [:]

    package init(locations: DatasetLocations) {
        self.locations = locations
    }

    /// Where a notebook's datasets are: labbook.yml may move fashion-mnist; relative paths are
    /// taken from the notebook folder.
    package static func locations(for notebook: Notebook) -> DatasetLocations {
        var locations = DatasetLocations(root: notebook.root.path)
        if let path = notebook.config.datasets["fashion-mnist"] {
            locations.fashionMNIST = path.hasPrefix("/") ? path : notebook.root.appendingPathComponent(path).path
        }
        return locations
    }

    package struct Plan: Sendable {
        package var experiments: [PlannedExperiment]
        package var diagnostics: [Diagnostic]
        /// `note-slug/id` of the experiments that have errors: what names them is not drawn, and
        /// says why, rather than reporting the same experiment again as missing.
        package var broken: Set<String> = []

        package var trials: [PlannedTrial] { experiments.flatMap(\.trials) }

        package func experiment(_ qualifiedID: String) -> PlannedExperiment? {
            experiments.first { $0.experiment.qualifiedID == qualifiedID }
        }
    }

    package mutating func plan(_ notebook: Notebook, includeDrafts: Bool = true) -> Plan {
        var read: [Experiment] = []
        var diagnostics: [Diagnostic] = []
        var broken: Set<String> = []
        for note in notebook.notes where includeDrafts || !note.isDraft {
            var ids: [String: SourceLocation] = [:]
            for directive in note.directives where directive.kind == .experiment {
                let parsed = ExperimentParser.parse(directive, in: note)
                diagnostics += parsed.problems
                guard let experiment = parsed.experiment else {
                    if let id = directive.id { broken.insert("\(note.slug)/\(id)") }
                    continue
                }
                if let first = ids[experiment.id] {
                    diagnostics.append(Diagnostic(experiment.location, "experiment id '\(experiment.id)' is already used at line \(first.line) of this note"))
                    continue
                }
                ids[experiment.id] = experiment.location
                read.append(experiment)
            }
        }
        let experiments = planInUpstreamOrder(read, diagnostics: &diagnostics, broken: &broken)
        return Plan(experiments: experiments, diagnostics: diagnostics, broken: broken)
    }

    /// The experiment's trials: sweep points × seeds (× the upstream's trials under `from:`), each
    /// configuration checked by the engine.
    package mutating func trials(for experiment: Experiment, upstream: PlannedExperiment? = nil) -> ([PlannedTrial], [Diagnostic]) {
        if let command = experiment.command { return commandTrials(experiment, command) }
        var trials: [PlannedTrial] = []
        var problems: Set<Diagnostic> = []
        var seenKeys: Set<String> = []
        for start in upstream.map({ $0.trials.map(Optional.some) }) ?? [nil] {
            for point in SweepExpansion.points(experiment) {
                var values = experiment.fixed
                for (key, value) in point { values[key] = value }
                var config: TrialConfig
                do {
                    config = try JSONDecoder().decode(TrialConfig.self, from: try JSONEncoder().encode(values))
                } catch {
                    problems.insert(Diagnostic(experiment.location, "cannot read this configuration: \(error)"))
                    continue
                }
                if let problem = Self.startingPoint(&config, written: Set(values.keys), from: start, experiment: experiment) {
                    problems.insert(problem)
                    continue
                }
                let configProblems = config.problems()
                for problem in configProblems {
                    let location = experiment.keyLocations[problem.keyPath.joined(separator: ".")] ?? experiment.keyLocations[problem.key]
                    problems.insert(Diagnostic(location ?? experiment.location, problem.description))
                }
                guard configProblems.isEmpty else { continue }
                let fingerprint: String
                switch self.fingerprint(config) {
                case .success(let value): fingerprint = value
                case .failure(let error):
                    problems.insert(Diagnostic(experiment.keyLocations["dataset"] ?? experiment.location, error.description))
                    continue
                }
                if let error = checkedData(config) {
                    problems.insert(Diagnostic(experiment.keyLocations["dataset"] ?? experiment.location, error.description))
                    continue
                }
                for seed in experiment.seeds {
                    let inputs = TrialInputs(config: config, seed: seed, dataset: fingerprint, upstream: start?.key)
                    let key = inputs.key
                    // Two sweep points may resolve to the same trial (a key that does not apply); train it once.
                    guard seenKeys.insert(key).inserted else { continue }
                    var sweepValues = Dictionary(point, uniquingKeysWith: { a, _ in a })
                    if let start, let upstream { sweepValues.merge(Self.upstreamValues(start, of: upstream)) { a, _ in a } }
                    trials.append(PlannedTrial(inputs: inputs, key: key, sweepValues: sweepValues, experiment: experiment.qualifiedID))
                }
            }
        }
        return (trials, problems.sorted { $0.location < $1.location })
    }

    /// Dataset fingerprints, computed once per distinct dataset (hashing Fashion-MNIST reads 30 MB),
    /// cached under exactly the configuration keys the dataset declares its fingerprint reads.
    private mutating func fingerprint(_ config: TrialConfig) -> Result<String, EngineError> {
        let inputs: TrialConfig
        do { inputs = try Engine.fingerprintInputs(config) } catch { return .failure(Self.engineError(error)) }
        let cacheKey = inputs.cacheKey
        if let known = fingerprints[cacheKey] { return known }
        let result: Result<String, EngineError>
        do { result = .success(try Engine.datasetFingerprint(inputs, locations: locations)) } catch { result = .failure(Self.engineError(error)) }
        fingerprints[cacheKey] = result
        return result
    }

    /// A CSV dataset's contents read once per file and columns, as a trial would read them.
    private mutating func checkedData(_ config: TrialConfig) -> EngineError? {
        guard let inputs = Engine.checkedDatasetInputs(config) else { return nil }
        let cacheKey = inputs.cacheKey
        if let known = dataChecks[cacheKey] { return known }
        var found: EngineError?
        do { try Engine.checkDataset(inputs, locations: locations) } catch { found = Self.engineError(error) }
        dataChecks[cacheKey] = .some(found)
        return found
    }

    private static func engineError(_ error: any Error) -> EngineError {
        error as? EngineError ?? EngineError(.configuration, "\(error)")
    }
}
