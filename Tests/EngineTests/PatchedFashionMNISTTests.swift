import Foundation
import XCTest
@testable import Engine

/// The group-labelled Fashion-MNIST built from Debian's dataset-fashion-mnist.
final class PatchedFashionMNISTTests: XCTestCase {
    static func config() throws -> TrialConfig {
        let directory = DatasetLocations().fashionMNIST
        guard FileManager.default.fileExists(atPath: directory + "/train-images-idx3-ubyte.gz") else {
            throw XCTSkip("dataset-fashion-mnist is not installed at \(directory)")
        }
        var c = TrialConfig()
        c.dataset = "fashion-mnist-patch"
        return c
    }

    private func sizes(_ s: Split) -> [Int] { (0..<4).map { g in s.groups.filter { $0 == g }.count } }

    /// Whether image `row` carries the patch: its top-left size×size pixels all white.
    private func patched(_ s: Split, _ row: Int, size: Int = 4) -> Bool {
        (0..<size).allSatisfy { r in (0..<size).allSatisfy { c in s.inputs[row * 784 + r * 28 + c] == 1 } }
    }

    func testDefaultsGroupsAndThePatchAgreeWithTheConstruction() throws {
        let c = try Self.config()
        let r = c.resolved()
        XCTAssertEqual(r.patch, PatchSpec(negativeClass: 2, positiveClass: 4, size: 4, majorityFraction: 0.9))
        XCTAssertEqual(r.valSize, 2_000)
        XCTAssertNil(r.trainSize)
        XCTAssertEqual(r.groupWeighting, GroupWeighting.none)
        XCTAssertTrue(r.hasGroups)
        XCTAssertEqual(r.resolved(), r)

        let data = try Engine.loadDataset(c)
        XCTAssertEqual([data.features, data.outputs], [784, 2])
        XCTAssertEqual(data.groupNames, ["0", "1", "2", "3"])
        XCTAssertEqual([data.train.count, data.validation.count, data.test.count], [10_000, 2_000, 2_000])
        // Training: 90% of each class has a = y (groups 0 and 3); validation and test: half of
        // each class patched.
        let train = sizes(data.train)
        XCTAssertEqual(train[0] + train[1], data.train.labels.filter { $0 == 0 }.count)
        XCTAssertEqual(Double(train[0]) / Double(train[0] + train[1]), 0.9, accuracy: 0.0002)
        XCTAssertEqual(Double(train[3]) / Double(train[2] + train[3]), 0.9, accuracy: 0.0002)
        XCTAssertEqual(sizes(data.test), [500, 500, 500, 500])
        let validation = sizes(data.validation)
        for y in 0..<2 {
            let n = data.validation.labels.filter { $0 == Int32(y) }.count
            XCTAssertEqual([validation[2 * y], validation[2 * y + 1]], [n - n / 2, n / 2])
        }
        for split in [data.train, data.validation, data.test] {
            for i in 0..<split.count {
                XCTAssertEqual(Int(split.labels[i]), Int(split.groups[i]) / 2, "group g = 2·y + a")
                XCTAssertEqual(patched(split, i), split.groups[i] % 2 == 1, "the patch marks a = 1")
            }
        }
        // The test set is the real test images of the two classes: 1,000 of each.
        XCTAssertEqual(data.test.labels.filter { $0 == 1 }.count, 1_000)
        XCTAssertTrue(data.fingerprint.hasPrefix("fashion-mnist-patch/v1 idx/sha256:"), data.fingerprint)
        XCTAssertEqual(try Engine.datasetFingerprint(c), data.fingerprint)
    }

    func testUnpatchedImagesAreTheOriginalPixelsAndSubsetsAreNested() throws {
        var c = try Self.config()
        c.patch = PatchSpec(negativeClass: 0, positiveClass: 6, size: 3, majorityFraction: 0.75)
        c.trainSize = 1_000
        let small = try Engine.loadDataset(c)
        let negatives = small.train.labels.filter { $0 == 0 }.count, positives = 1_000 - negatives
        let agreeing = [negatives, positives].map { Int((0.75 * Double($0)).rounded()) }
        XCTAssertEqual(sizes(small.train), [agreeing[0], negatives - agreeing[0], positives - agreeing[1], agreeing[1]])
        var plain = TrialConfig()
        plain.dataset = "fashion-mnist"
        let original = try Engine.loadDataset(plain).test
        // Test images keep the file's order; the unpatched ones are byte for byte the originals.
        let kept = original.labels.indices.filter { [0, 6].contains(original.labels[$0]) }
        for (row, i) in kept.enumerated().prefix(200) {
            let image = Array(small.test.inputs[(row * 784)..<((row + 1) * 784)])
            let source = Array(original.inputs[(i * 784)..<((i + 1) * 784)])
            if small.test.groups[row] % 2 == 0 {
                XCTAssertEqual(image, source)
            } else {
                XCTAssertTrue(patched(small.test, row, size: 3))
                XCTAssertEqual(Array(image[(3 * 28)...]), Array(source[(3 * 28)...]), "only the square changes")
            }
        }
        c.trainSize = 2_000
        let large = try Engine.loadDataset(c)
        XCTAssertEqual(large.validation.inputs, small.validation.inputs)
        XCTAssertEqual(Set(large.train.labels.indices.map { large.train.labels[$0] }).count, 2)
        c.dataSeed = 1
        XCTAssertNotEqual(try Engine.loadDataset(c).train.inputs, large.train.inputs)
    }

    func testBadParametersAreNamed() throws {
        var c = TrialConfig()
        c.dataset = "fashion-mnist-patch"
        c.patch = PatchSpec(negativeClass: 3, positiveClass: 3, size: 40, majorityFraction: 1.5)
        let problems = c.problems().map(\.description).joined(separator: "\n")
        XCTAssertTrue(problems.contains("'patch.positive_class' must differ from negative_class, both are 3"), problems)
        XCTAssertTrue(problems.contains("'patch.size' must be 1 to 28, got 40"), problems)
        XCTAssertTrue(problems.contains("patch.majority_fraction"), problems)
        c = try Self.config()
        c.trainSize = 10_001
        XCTAssertThrowsError(try Engine.loadDataset(c)) { error in
            XCTAssertTrue("\(error)".contains("train_size 10001 is more than the 10000 training images"), "\(error)")
        }
    }

    func testAShortcutLearnerFailsTheMinorityGroups() throws {
        var c = try Self.config()
        c.trainSize = 4_000
        c.model = .linear
        c.steps = 300
        c.evalEvery = 100
        c.lr = 1e-2
        let result = try Engine.train(c, seed: 0)
        let m = result.metrics
        print("fashion-mnist-patch ERM linear: test_acc \(m["test_acc"]!), worst \(m["test_worst_group_acc"]!), groups \((0..<4).map { m["test_group_acc.\($0)"]! })")
        // The majority groups (0, 3) are where the patch agrees with the label.
        XCTAssertGreaterThan(min(m["test_group_acc.0"]!, m["test_group_acc.3"]!), m["test_worst_group_acc"]! + 0.05)
        XCTAssertEqual(m["test_worst_group_acc"]!, min(m["test_group_acc.1"]!, m["test_group_acc.2"]!))
    }
}
