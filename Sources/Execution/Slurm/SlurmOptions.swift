import Notes
import Planning
import Store

/// How trials are submitted to Slurm: set under `slurm:` in labbook.yml, or on the command line.
package struct SlurmOptions: Sendable, Hashable {
    package var partition: String?
    /// `--time`, e.g. `01:00:00`.
    package var timeLimit: String?
    package var cpusPerTask = 1
    /// `--mem`, e.g. `4G`.
    package var memory: String?
    /// At most this many array tasks at once (`--array=0-N%P`).
    package var parallelism: Int?
    package var extraArguments: [String] = []
    /// A shell line run before the worker, e.g. `module load openblas`.
    package var setup: String?

    package init() {}

    static let keys = ["partition", "time", "cpus_per_task", "mem", "parallelism", "sbatch_args", "setup"]

    /// Reads labbook.yml's `slurm:` mapping (or an experiment's, over `base`), collecting problems
    /// with their positions.
    package static func read(_ node: YAMLNode?, over base: SlurmOptions = SlurmOptions(), diagnostics: inout [Diagnostic]) -> SlurmOptions {
        var options = base
        guard let node else { return options }
        guard let pairs = node.mapping else {
            diagnostics.append(Diagnostic(node.location, "'slurm' must be a mapping of \(keys.joined(separator: ", "))"))
            return options
        }
        for pair in pairs {
            let key = pair.key.string ?? "", value = pair.value
            switch key {
            case "partition": options.partition = value.string
            case "time": options.timeLimit = value.string
            case "mem": options.memory = value.string
            case "setup": options.setup = value.string
            case "cpus_per_task", "parallelism":
                guard let n = value.int, n >= 1 else {
                    diagnostics.append(Diagnostic(value.location, "'slurm.\(key)' must be a whole number of at least 1"))
                    continue
                }
                if key == "cpus_per_task" { options.cpusPerTask = n } else { options.parallelism = n }
            case "sbatch_args":
                if let items = value.sequence { options.extraArguments = items.compactMap(\.string) }
                else if let text = value.string { options.extraArguments = text.split(separator: " ").map(String.init) }
            default:
                var message = "unknown Slurm setting '\(key)'"
                if let guess = Suggestion.closest(to: key, among: keys) { message += "; did you mean '\(guess)'?" }
                diagnostics.append(Diagnostic(pair.key.location, message))
            }
        }
        return options
    }

    /// The `#SBATCH` lines for an array of `count` tasks.
    func directives(count: Int, name: String, output: String) -> [String] {
        var lines = ["--job-name=\(name)", "--array=0-\(count - 1)\(parallelism.map { "%\($0)" } ?? "")",
                     "--output=\(output)", "--cpus-per-task=\(cpusPerTask)"]
        if let partition { lines.append("--partition=\(partition)") }
        if let timeLimit { lines.append("--time=\(timeLimit)") }
        if let memory { lines.append("--mem=\(memory)") }
        lines += extraArguments
        return lines.map { "#SBATCH \($0)" }
    }
}
