import Foundation

extension Engine {
    /// Training steps per second for `config` on `dataset`: `warmup` untimed steps, then `steps`
    /// timed ones, with no evaluation. For benchmarks; trials use `train`.
    package static func trainingStepsPerSecond(
        _ config: TrialConfig, dataset: Dataset, seed: UInt64 = 0, warmup: Int = 5, steps: Int, threads: Int = 1
    ) throws -> Double {
        try trainingStepRates(config, dataset: dataset, seed: seed, warmup: warmup, steps: steps, threads: threads).wall
    }

    /// The same timed steps per wall second and per CPU second of the calling thread (which runs
    /// one-thread OpenBLAS): on a machine shared with other work the second varies far less.
    package static func trainingStepRates(
        _ config: TrialConfig, dataset: Dataset, seed: UInt64 = 0, warmup: Int = 5, steps: Int, threads: Int = 1
    ) throws -> (wall: Double, cpu: Double) {
        var c = config
        c.steps = warmup + steps
        c.epochs = nil
        let problems = c.problems()
        guard problems.isEmpty else { throw EngineError(.configuration, problems.map(\.description).joined(separator: "; ")) }
        BLAS.setThreads(threads)
        let run = try TrainingRun(config: c.resolved(), seed: seed, dataset: dataset)
        for i in 0..<warmup { _ = run.step(i) }
        let start = DispatchTime.now().uptimeNanoseconds, startCPU = threadCPUSeconds()
        for i in warmup..<(warmup + steps) { _ = run.step(i) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (Double(steps) / seconds, Double(steps) / (threadCPUSeconds() - startCPU))
    }

    private static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
