import Engine
import Notes

/// What a command experiment (`command:`) says about running the researcher's own script:
/// the command line, the files whose content is part of every trial's key, and how to run it.
package struct CommandSpec: Sendable, Hashable {
    /// A path written under `code:` or `env:`, relative to the notebook's root.
    package struct Path: Sendable, Hashable {
        package var path: String
        package var location: SourceLocation
    }

    /// The command as written; run without a shell, split into words as a shell would.
    package var command: String
    package var words: [String]
    package var code: [Path] = []
    package var env: [Path] = []
    /// Seconds a trial may run before its process group is killed; nil: no limit.
    package var timeout: Double?
    /// Metrics the script writes that are better higher (beside names ending in `acc`).
    package var higherIsBetter: [String] = []
    /// The experiment's own Slurm settings, over labbook.yml's.
    package var slurm: YAMLNode?
    package var location: SourceLocation

    /// The declared higher-better metrics with their best over the curve (`top1`, `best_top1`).
    package var higherBetterNames: Set<String> { Set(higherIsBetter + higherIsBetter.map(Metric.best)) }
}
