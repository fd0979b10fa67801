/// The training engine: given a trial configuration and a seed, trains a model and returns its
/// metrics and learning curve. It knows nothing about notes.
package enum Engine {
    /// Bumped whenever the numbers a trial produces change (training maths, data generation).
    package static let numericsVersion = 1

    package struct Options: Sendable {
        /// OpenBLAS threads per GEMM. Results are bit-reproducible for a fixed thread count.
        package var threads: Int
        package var locations: DatasetLocations
        /// Training examples evaluated (in order) for the final `train_loss` and `train_acc`.
        package var trainEvaluationLimit: Int

        package init(threads: Int = 1, locations: DatasetLocations = DatasetLocations(), trainEvaluationLimit: Int = 10_000) {
            self.threads = threads
            self.locations = locations
            self.trainEvaluationLimit = trainEvaluationLimit
        }
    }

    /// Trains `config` (resolved here) with `seed`. Pass `dataset` to reuse one already loaded
    /// for the same configuration. `progress` receives (steps done, total steps) at each
    /// learning-curve point. A diverged run is a result with status `diverged`, not an error;
    /// errors are bad configurations and unreadable data.
    /// `start` is an upstream trial's weights (`from:`; `probe` says what trains); `weights`
    /// receives the trained network's, for a checkpoint. `shots` are drawn here, by the seed.
    package static func train(
        _ config: TrialConfig, seed: UInt64, options: Options = Options(), dataset: Dataset? = nil,
        start: Checkpoint? = nil, weights: ((Checkpoint) -> Void)? = nil, progress: ((Int, Int) -> Void)? = nil
    ) throws -> TrialResult {
        let problems = config.problems()
        guard problems.isEmpty else { throw EngineError(.configuration, problems.map(\.description).joined(separator: "; ")) }
        let resolved = config.resolved()
        BLAS.setThreads(options.threads)
        var data = try dataset ?? DatasetLoader.load(resolved, locations: options.locations)
        if let shots = resolved.shots {
            data.train = try ClassSelection.shots(shots, of: data.train, classes: data.outputs, seed: seed, features: data.features, outputs: data.outputs)
        }
        return try Trial(config: resolved, seed: seed, dataset: data, threads: options.threads,
                         trainEvaluationLimit: options.trainEvaluationLimit, progress: progress, start: start, weights: weights).run()
    }

    /// Reads or generates the dataset a configuration names.
    package static func loadDataset(_ config: TrialConfig, locations: DatasetLocations = DatasetLocations()) throws -> Dataset {
        var dataset = try DatasetLoader.load(config, locations: locations)
        if dataset.fingerprint.isEmpty { dataset.fingerprint = try DatasetLoader.fingerprint(config, locations: locations) }
        return dataset
    }

    /// The dataset files whose fingerprints this process asked for (a build's inputs beyond its notes).
    package static var datasetFilesRead: [String] { CompressedFile.hashedFiles }

    /// The dataset files' hashes worth keeping for the next process (`DatasetHashes`).
    package static var datasetFileHashes: [FileHash] { CompressedFile.settledHashes }

    /// Hashes an earlier process kept: a file whose stamp is unchanged is not hashed again.
    package static func rememberDatasetFileHashes(_ hashes: [FileHash]) { CompressedFile.remember(hashes) }

    /// The dataset's fingerprint for trial keys: a content hash of its files, or the generator's
    /// name and parameters.
    package static func datasetFingerprint(_ config: TrialConfig, locations: DatasetLocations = DatasetLocations()) throws -> String {
        try DatasetLoader.fingerprint(config, locations: locations)
    }

    /// Reads a CSV dataset's contents the way a trial will (label, group and feature columns), so
    /// that a bad file is an error before anything trains; other datasets' files are checked by
    /// their fingerprint.
    package static func checkDataset(_ config: TrialConfig, locations: DatasetLocations = DatasetLocations()) throws {
        let resolved = config.resolved()
        guard case .csv = try DatasetSource(parsing: resolved.dataset) else { return }
        _ = try DatasetLoader.load(resolved, locations: locations)
    }

    /// The keys a CSV dataset's reading depends on, cut out of `config` (nil for other datasets).
    package static func checkedDatasetInputs(_ config: TrialConfig) -> TrialConfig? {
        let resolved = config.resolved()
        guard case .csv? = try? DatasetSource(parsing: resolved.dataset) else { return nil }
        var inputs = TrialConfig()
        for key in CSVTable.readKeys { key.copy(resolved, &inputs) }
        return inputs
    }

    /// The part of a configuration its dataset's fingerprint depends on (the keys the dataset
    /// declares): equal inputs, equal fingerprints.
    package static func fingerprintInputs(_ config: TrialConfig) throws -> TrialConfig {
        try DatasetLoader.fingerprintInputs(config)
    }
}
