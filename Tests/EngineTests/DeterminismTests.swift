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

    /// Reruns this test binary, asking it to train the same trial in a fresh process.
    func testSameSeedInTwoProcessesIsBitIdentical() throws {
        if let path = ProcessInfo.processInfo.environment[Self.outputVariable] {
            // We are the child: write the result and stop.
            try Self.canonicalJSON(try Engine.train(Self.config(), seed: 5)).write(to: URL(fileURLWithPath: path))
            return
        }
        let here = try Self.canonicalJSON(try Engine.train(Self.config(), seed: 5))
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("engine-determinism-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["EngineTests.DeterminismTests/testSameSeedInTwoProcessesIsBitIdentical"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.outputVariable] = output.path
        child.environment = environment
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        child.waitUntilExit()
        XCTAssertEqual(child.terminationStatus, 0)
        let there = try Data(contentsOf: output)
        XCTAssertEqual(here, there, "the child process trained to different numbers")
        XCTAssertGreaterThan(here.count, 500)
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
