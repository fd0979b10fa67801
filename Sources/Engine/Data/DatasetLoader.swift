import Crypto
import Foundation
import Numerics

/// Builds the dataset a (resolved) configuration names: reads or generates it, holds out the
/// validation split, and subsamples the training set to `train_size`.
enum DatasetLoader {
    static func load(_ config: TrialConfig, locations: DatasetLocations = DatasetLocations()) throws -> Dataset {
        let c = config.resolved()
        let seed = c[ConfigKeys.dataSeed]
        switch try DatasetSource(parsing: c.dataset) {
        case .fashionMNIST:
            return try loadIDX(directory: locations.fashionMNIST, name: "fashion-mnist", package: "dataset-fashion-mnist", config: c)
        case .idx(let path):
            return try loadIDX(directory: locations.resolve(path), name: c.dataset, package: nil, config: c)
        case .csv(let path):
            return try loadCSV(locations.resolve(path), config: c)
        case .mnist1d:
            return MNIST1D.dataset(train: c.trainSize!, validation: c.valSize!, test: c.testSize!, seed: seed)
        case .teacher:
            return TeacherDataset.dataset(c.teacher!, train: c.trainSize!, validation: c.valSize!, test: c.testSize!, seed: seed)
        case .spurious:
            return SpuriousDataset.dataset(c.spurious!, train: c.trainSize!, validation: c.valSize!, test: c.testSize!, seed: seed)
        case .fashionMNISTPatch:
            let paths = try idxPaths(locations.fashionMNIST, name: c.dataset, package: "dataset-fashion-mnist")
            let (train, test) = try readIDX(paths)
            var patched = try PatchedFashionMNIST.dataset(
                c.patch!, train: PatchedFashionMNIST.Images(count: train.count, pixels: train.pixels, labels: train.labels),
                test: PatchedFashionMNIST.Images(count: test.count, pixels: test.pixels, labels: test.labels),
                trainSize: c.trainSize, validation: c.valSize!, seed: seed,
                fingerprint: PatchedFashionMNIST.fingerprint(filesHash: try hashFiles(paths)), path: paths[0])
            patched.shape = train.shape
            return patched
        }
    }

    /// The fingerprint of the dataset a configuration names: SHA-256 over its files' contents, or
    /// the generator's name, version and parameters. Split sizes are in the configuration itself.
    static func fingerprint(_ config: TrialConfig, locations: DatasetLocations = DatasetLocations()) throws -> String {
        let c = try fingerprintInputs(config)
        switch try DatasetSource(parsing: c.dataset) {
        case .fashionMNIST:
            return "idx/sha256:" + (try hashFiles(try idxPaths(locations.fashionMNIST, name: "fashion-mnist", package: "dataset-fashion-mnist")))
        case .idx(let path):
            return "idx/sha256:" + (try hashFiles(try idxPaths(locations.resolve(path), name: c.dataset, package: nil)))
        case .csv(let path):
            let file = locations.resolve(path)
            guard FileManager.default.fileExists(atPath: file) else { throw EngineError.missingFile(file, dataset: c.dataset, package: nil) }
            return "csv/sha256:" + (try CompressedFile.sha256(file))
        case .mnist1d:
            return MNIST1D.fingerprint(train: c.trainSize!, validation: c.valSize!, test: c.testSize!, seed: c[ConfigKeys.dataSeed])
        case .teacher:
            return TeacherDataset.fingerprint(c.teacher!, train: c.trainSize!, validation: c.valSize!, test: c.testSize!, seed: c[ConfigKeys.dataSeed])
        case .spurious:
            return SpuriousDataset.fingerprint(c.spurious!, train: c.trainSize!, validation: c.valSize!, test: c.testSize!, seed: c[ConfigKeys.dataSeed])
        case .fashionMNISTPatch:
            let paths = try idxPaths(locations.fashionMNIST, name: c.dataset, package: "dataset-fashion-mnist")
            return PatchedFashionMNIST.fingerprint(filesHash: try hashFiles(paths))
        }
    }

    /// The resolved configuration cut down to the keys its dataset's fingerprint declares, so the
    /// fingerprint cannot read anything else, and a cache of fingerprints can be keyed on it.
    static func fingerprintInputs(_ config: TrialConfig) throws -> TrialConfig {
        let resolved = config.resolved()
        var inputs = TrialConfig()
        for key in try DatasetSource(parsing: resolved.dataset).fingerprintKeys { key.copy(resolved, &inputs) }
        return inputs
    }

    private static func hashFiles(_ paths: [String]) throws -> String {
        let joined = try paths.map { try CompressedFile.sha256($0) }.joined(separator: "\n")
        return HexDigits.string(SHA256.hash(data: Data(joined.utf8)))
    }

    /// The four IDX files in `directory`, gzipped or not, in a fixed order.
    static func idxPaths(_ directory: String, name: String, package: String?) throws -> [String] {
        try [IDXFile.trainImages, IDXFile.trainLabels, IDXFile.testImages, IDXFile.testLabels].map { base in
            let plain = (directory as NSString).appendingPathComponent(base)
            for candidate in [plain + ".gz", plain] where FileManager.default.fileExists(atPath: candidate) { return candidate }
            throw EngineError.missingFile(plain + ".gz", dataset: name, package: package)
        }
    }

    /// Training and test images with their labels from the four IDX files, checked to match.
    private static func readIDX(_ paths: [String]) throws -> (train: (count: Int, features: Int, pixels: [Float], labels: [Int32], shape: InputShape),
                                                             test: (count: Int, features: Int, pixels: [Float], labels: [Int32])) {
        let train = try IDXFile.readImages(paths[0])
        let trainLabels = try IDXFile.readLabels(paths[1])
        let test = try IDXFile.readImages(paths[2])
        let testLabels = try IDXFile.readLabels(paths[3])
        guard train.count == trainLabels.count else {
            throw EngineError(.dataset, path: paths[1], "\(trainLabels.count) labels for \(train.count) images")
        }
        guard test.count == testLabels.count else {
            throw EngineError(.dataset, path: paths[3], "\(testLabels.count) labels for \(test.count) images")
        }
        return ((train.count, train.features, train.pixels, trainLabels, train.shape), (test.count, test.features, test.pixels, testLabels))
    }

    private static func loadIDX(directory: String, name: String, package: String?, config c: TrialConfig) throws -> Dataset {
        let paths = try idxPaths(directory, name: name, package: package)
        let (train, test) = try readIDX(paths)
        var classes = Int(max(train.labels.max() ?? 0, test.labels.max() ?? 0)) + 1
        var all = Split(count: train.count, inputs: train.pixels, labels: train.labels)
        var testSplit = Split(count: test.count, inputs: test.pixels, labels: test.labels)
        if let chosen = c.classes {
            all = try ClassSelection.restrict(all, to: chosen, features: train.features, outputs: classes, path: paths[1])
            testSplit = try ClassSelection.restrict(testSplit, to: chosen, features: train.features, outputs: classes, path: paths[3])
            classes = chosen.count
        }
        let (fit, validation) = try holdOut(all, validation: c[ConfigKeys.valSize], features: train.features, outputs: classes, config: c, path: paths[0])
        return Dataset(name: name, task: .classification, features: train.features, shape: train.shape, outputs: classes,
                       train: fit, validation: validation, test: testSplit, fingerprint: "")
    }

    private static func loadCSV(_ path: String, config c: TrialConfig) throws -> Dataset {
        guard FileManager.default.fileExists(atPath: path) else { throw EngineError.missingFile(path, dataset: c.dataset, package: nil) }
        let task = c[ConfigKeys.task]
        let table = try CSVTable.read(path, labelColumn: c[ConfigKeys.label], task: task, groupColumn: c.group)
        var all = Split(count: table.count, inputs: table.inputs, labels: table.labels, targets: table.targets, groups: table.groups)
        var outputs = table.outputs
        if let chosen = c.classes, task == .classification {
            all = try ClassSelection.restrict(all, to: chosen, features: table.features, outputs: outputs, path: path)
            outputs = chosen.count
        }
        // The test split comes off first, with its own stream, so val_size never changes it.
        let testCount = c.testSize ?? DatasetSizes.csvShare(of: all.count)
        guard testCount < all.count else { throw EngineError(.dataset, path: path, "test_size \(testCount) leaves no training rows of \(all.count)") }
        var stream = RandomStream(seed: c[ConfigKeys.dataSeed], purpose: .split, substream: 1)
        var order = stream.permutation(all.count)
        let test = all.subset(Array(order.prefix(testCount)), features: table.features, outputs: outputs)
        order.removeFirst(testCount)
        let rest = all.subset(order, features: table.features, outputs: outputs)
        let (fit, validation) = try holdOut(rest, validation: c.valSize ?? DatasetSizes.csvShare(of: all.count),
                                            features: table.features, outputs: outputs, config: c, path: path)
        return Dataset(name: c.dataset, task: task, features: table.features, outputs: outputs,
                       train: fit, validation: validation, test: test, fingerprint: "", groupNames: table.groupNames)
    }

    /// A seeded validation split out of `all`, then the first `train_size` of a seeded order of
    /// the rest (so smaller training sets are subsets of larger ones).
    private static func holdOut(_ all: Split, validation: Int, features: Int, outputs: Int, config c: TrialConfig, path: String) throws -> (Split, Split) {
        guard validation < all.count else {
            throw EngineError(.dataset, path: path, "val_size \(validation) leaves no training examples of \(all.count)")
        }
        let seed = c[ConfigKeys.dataSeed]
        var stream = RandomStream(seed: seed, purpose: .split)
        let order = stream.permutation(all.count)
        let validationSplit = all.subset(Array(order.prefix(validation)), features: features, outputs: outputs)
        var remaining = Array(order.dropFirst(validation))
        if let n = c.trainSize {
            guard n <= remaining.count else {
                throw EngineError(.dataset, path: path, "train_size \(n) is more than the \(remaining.count) training examples")
            }
            remaining = Array(remaining.prefix(n))
        }
        return (all.subset(remaining, features: features, outputs: outputs), validationSplit)
    }
}
