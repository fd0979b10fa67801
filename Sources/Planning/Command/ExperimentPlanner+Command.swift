import Foundation
import Notes

extension ExperimentPlanner {
    /// A command experiment's trials: sweep points × seeds, each keyed on its keys, the command,
    /// the content of the declared code and environment files, and the contract's version.
    mutating func commandTrials(_ experiment: Experiment, _ command: CommandSpec) -> ([PlannedTrial], [Diagnostic]) {
        let root = URL(fileURLWithPath: locations.root)
        var problems: [Diagnostic] = []
        func digests(_ paths: [CommandSpec.Path], key: String) -> [String: String] {
            var all: [String: String] = [:]
            for path in paths {
                switch FileDigests.digests(of: [path.path], root: root) {
                case .success(let found): all.merge(found) { a, _ in a }
                case .failure(.missing(let name)):
                    problems.append(Diagnostic(path.location, "'\(key)' names '\(name)', which does not exist (paths are taken from the notebook's root)"))
                case .failure(.unreadable(let name)):
                    problems.append(Diagnostic(path.location, "'\(key)' names '\(name)', which cannot be read"))
                }
            }
            return all
        }
        let code = digests(command.code, key: "code"), env = digests(command.env, key: "env")
        guard problems.isEmpty else { return ([], problems) }

        var trials: [PlannedTrial] = []
        var seenKeys: Set<String> = []
        for point in SweepExpansion.points(experiment) {
            var values = experiment.fixed
            for (key, value) in point { values[key] = value }
            let inputs = CommandInputs(config: values, command: command.command, code: code, env: env)
            for seed in experiment.seeds {
                let trial = TrialInputs(command: inputs, seed: seed)
                let key = trial.key
                guard seenKeys.insert(key).inserted else { continue }
                trials.append(PlannedTrial(inputs: trial, key: key, sweepValues: Dictionary(point, uniquingKeysWith: { a, _ in a }),
                                           experiment: experiment.qualifiedID))
            }
        }
        return (trials, [])
    }
}
