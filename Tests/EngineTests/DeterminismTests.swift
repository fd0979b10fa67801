import Foundation
import XCTest
@testable import Engine

/// The same configuration and seed give bit-identical results, in one process and across two.
final class DeterminismTests: XCTestCase {
    static let outputVariable = "LABBOOK_ENGINE_DETERMINISM_OUTPUT"

    /// Dropout, batch norm and data shuffling all in play, over more than one epoch.
    static func config() -> TrialConfig {
        var c = TrainingTests.teacherConfig()
        c.trainSize = 1_000
        c.norm = .batch
        c.dropout = 0.2
        c.steps = 80
        c.evalEvery = 20
        return c
    }

    static func canonicalJSON(_ result: TrialResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(result.deterministicPart)
    }

    func testSameSeedTwiceInOneProcessIsBitIdentical() throws {
        let a = try Engine.train(Self.config(), seed: 5)
        let b = try Engine.train(Self.config(), seed: 5)
        XCTAssertEqual(a.metrics.count, b.metrics.count)
        for (name, value) in a.metrics {
            XCTAssertEqual(value.bitPattern, b.metrics[name]?.bitPattern, name)
        }
        XCTAssertEqual(try Self.canonicalJSON(a), try Self.canonicalJSON(b))
    }

    func testDifferentSeedsDiffer() throws {
        let a = try Engine.train(Self.config(), seed: 5)
        let b = try Engine.train(Self.config(), seed: 6)
        XCTAssertNotEqual(a.metrics["test_loss"], b.metrics["test_loss"])
    }

    func testSameSeedInTwoProcessesIsBitIdentical() throws {
        try assertTheSameInAFreshProcess("testSameSeedInTwoProcessesIsBitIdentical") { try Engine.train(Self.config(), seed: 5) }
    }

    /// Trains here, then reruns this test binary on `test` to train the same trial in a fresh
    /// process (the child writes its result to the file named by `outputVariable` and stops).
    private func assertTheSameInAFreshProcess(_ test: String, _ train: () throws -> TrialResult,
                                              file: StaticString = #filePath, line: UInt = #line) throws {
        if let path = ProcessInfo.processInfo.environment[Self.outputVariable] {
            try Self.canonicalJSON(try train()).write(to: URL(fileURLWithPath: path))
            return
        }
        let here = try Self.canonicalJSON(try train())
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("engine-determinism-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["EngineTests.DeterminismTests/" + test]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.outputVariable] = output.path
        child.environment = environment
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        child.waitUntilExit()
        XCTAssertEqual(child.terminationStatus, 0, file: file, line: line)
        let there = try Data(contentsOf: output)
        XCTAssertEqual(here, there, "the child process trained to different numbers", file: file, line: line)
        XCTAssertGreaterThan(here.count, 500, file: file, line: line)
    }

    /// A ResNet on Fashion-MNIST images (strided and 1×1 convolutions, channel batch norm, global
    /// pooling), trained in this process and in a fresh one.
    static func convolutionalConfig() -> TrialConfig {
        var c = TrialConfig()
        c.dataset = "fashion-mnist"
        c.trainSize = 512
        c.valSize = 500
        c.model = .resnet
        c.width = 4
        c.depth = 1
        c.batch = 32
        c.steps = 24
        c.evalEvery = 12
        return c
    }

    func testConvolutionalTrialInTwoProcessesIsBitIdentical() throws {
        let directory = DatasetLocations().fashionMNIST
        guard FileManager.default.fileExists(atPath: directory + "/train-images-idx3-ubyte.gz") else {
            throw XCTSkip("dataset-fashion-mnist is not installed at \(directory)")
        }
        try assertTheSameInAFreshProcess("testConvolutionalTrialInTwoProcessesIsBitIdentical") {
            try Engine.train(Self.convolutionalConfig(), seed: 2, options: Engine.Options(trainEvaluationLimit: 500))
        }
    }

    func testRandomStreamsAreReproducibleAndIndependent() {
        var a = RandomStream(seed: 1, purpose: .initialisation)
        var b = RandomStream(seed: 1, purpose: .initialisation)
        var c = RandomStream(seed: 1, purpose: .dataOrder)
        var d = RandomStream(seed: 2, purpose: .initialisation)
        let xa = (0..<100).map { _ in a.next() }
        XCTAssertEqual(xa, (0..<100).map { _ in b.next() })
        XCTAssertNotEqual(xa, (0..<100).map { _ in c.next() })
        XCTAssertNotEqual(xa, (0..<100).map { _ in d.next() })
        // Normal draws have mean ≈ 0 and variance ≈ 1 (n = 20,000: standard errors 0.007, 0.01).
        var r = RandomStream(seed: 3, purpose: .initialisation)
        let z = (0..<20_000).map { _ in r.normal() }
        let mean = z.reduce(0, +) / Double(z.count)
        let variance = z.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(z.count)
        XCTAssertEqual(mean, 0, accuracy: 0.04)
        XCTAssertEqual(variance, 1, accuracy: 0.05)
        var p = RandomStream(seed: 4, purpose: .dataOrder)
        XCTAssertEqual(p.permutation(50).sorted(), Array(0..<50))
    }

    /// Changing dropout's stream must not change initialisation or data order: streams are separate.
    func testDropoutDoesNotShiftTheOtherStreams() throws {
        var c = Self.config()
        c.steps = 1
        c.evalEvery = 1
        c.norm = Normalization.none
        let dataset = try Engine.loadDataset(c)
        c.dropout = 0
        let a = try Engine.train(c, seed: 9, dataset: dataset)
        c.dropout = 1e-9  // draws dropout randoms but drops (almost surely) nothing
        let b = try Engine.train(c, seed: 9, dataset: dataset)
        XCTAssertEqual(a.metrics["test_loss"], b.metrics["test_loss"])
    }
}
