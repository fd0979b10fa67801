import ArgumentParser
import Pipeline

/// Options of the commands that train.
struct TrainingOptions: ParsableArguments {
    @Option(name: .long, help: "Trials trained at once, one worker process each (default: labbook.yml's jobs, else the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Retrain and overwrite these trials' records: a note, an experiment id, note-slug/id, `failed` or `all`. Repeatable.",
                                            valueName: "selector"))
    var rerun: [String] = []

    enum Executor: String, ExpressibleByArgument, CaseIterable { case local, slurm }

    @Option(help: "Where trials run: local worker processes, or Slurm job arrays.")
    var executor: Executor = .local

    @Flag(help: "With --executor slurm: submit and return; `labbook status` follows the jobs.")
    var detach = false

    @Option(help: "Slurm partition (or slurm.partition in labbook.yml).") var partition: String?
    @Option(help: "Slurm time limit per trial, e.g. 01:00:00 (slurm.time).") var time: String?
    @Option(name: .customLong("cpus-per-task"), help: "CPUs per Slurm task, also BLAS threads (slurm.cpus_per_task).") var cpusPerTask: Int?
    @Option(help: "Memory per Slurm task, e.g. 4G (slurm.mem).") var mem: String?
    @Option(name: .customLong("array-parallelism"), help: "At most this many array tasks at once (slurm.parallelism).") var arrayParallelism: Int?
    @Option(name: .customLong("sbatch-arg"), help: "An extra sbatch argument; repeatable (slurm.sbatch_args).") var sbatchArguments: [String] = []
    @Option(help: "A shell line run before each worker, e.g. 'module load openblas' (slurm.setup).") var setup: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if detach && executor != .slurm { throw ValidationError("--detach applies to --executor slurm") }
        if let n = cpusPerTask, n < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
        if let n = arrayParallelism, n < 1 { throw ValidationError("--array-parallelism must be at least 1") }
    }

    /// The build these options ask for; labbook.yml's `slurm:` settings with the command line's on top.
    var buildOptions: BuildOptions {
        var options = BuildOptions()
        options.jobs = jobs
        options.rerun = rerun
        options.executor = executor == .slurm ? .slurm : .local
        options.detach = detach
        let (partition, time, cpusPerTask, mem, arrayParallelism, sbatchArguments, setup) =
            (partition, time, cpusPerTask, mem, arrayParallelism, sbatchArguments, setup)
        options.slurm = { base in
            var options = base
            if let partition { options.partition = partition }
            if let time { options.timeLimit = time }
            if let cpusPerTask { options.cpusPerTask = cpusPerTask }
            if let mem { options.memory = mem }
            if let arrayParallelism { options.parallelism = arrayParallelism }
            if !sbatchArguments.isEmpty { options.extraArguments = sbatchArguments }
            if let setup { options.setup = setup }
            return options
        }
        return options
    }
}
