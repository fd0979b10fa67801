import Foundation
import XCTest
@testable import Engine

/// `classes`, `shots` and starting from an upstream network's weights, on the real Fashion-MNIST.
final class TransferTests: XCTestCase {
    private func fashionMNIST(classes: [Int]? = nil) throws -> TrialConfig {
        let directory = DatasetLocations().fashionMNIST
        guard FileManager.default.fileExists(atPath: directory + "/train-images-idx3-ubyte.gz") else {
            throw XCTSkip("dataset-fashion-mnist is not installed at \(directory)")
        }
        var c = TrialConfig()
        c.dataset = "fashion-mnist"
        c.classes = classes
        return c
    }

    func testClassesKeepThoseLabelsRenumberedInTheOrderGiven() throws {
        let all = try Engine.loadDataset(try fashionMNIST())
        let two = try Engine.loadDataset(try fashionMNIST(classes: [7, 2]))
        XCTAssertEqual(two.outputs, 2)
        XCTAssertEqual(two.test.count, 2_000)
        XCTAssertEqual(Set(two.train.labels + two.validation.labels + two.test.labels), [0, 1])
        // Label 0 is class 7 (sneaker), label 1 class 2 (pullover): the same images, in the same order.
        for (label, original) in [(Int32(0), Int32(7)), (1, 2)] {
            let kept = two.test.labels.indices.filter { two.test.labels[$0] == label }
            let source = all.test.labels.indices.filter { all.test.labels[$0] == original }
            XCTAssertEqual(kept.count, source.count)
            XCTAssertEqual(two.test.subset(kept, features: 784, outputs: 2).inputs, all.test.subset(source, features: 784, outputs: 10).inputs)
        }
        XCTAssertEqual(two.train.count + two.validation.count, 12_000)
    }

    func testClassesApplyToACSVBeforeItsSplits() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("classes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let rows = (0..<400).map { "\(Double($0) / 400),\($0 % 4)" }
        try Data((["x,label"] + rows).joined(separator: "\n").utf8).write(to: file)
        var c = TrialConfig()
        c.dataset = "csv:" + file.path
        c.classes = [3, 1]
        c.testSize = 20; c.valSize = 20
        let data = try Engine.loadDataset(c)
        XCTAssertEqual(data.outputs, 2)
        XCTAssertEqual(data.train.count + data.validation.count + data.test.count, 200, "only the rows labelled 3 or 1")
        for split in [data.train, data.validation, data.test] {
            for i in 0..<split.count {
                // x = row / 400 and the label was row % 4: label 0 is class 3, label 1 class 1.
                let row = Int((split.inputs[i] * 400).rounded())
                XCTAssertEqual(split.labels[i], row % 4 == 3 ? 0 : 1)
            }
        }
        c.classes = [3, 9]
        XCTAssertThrowsError(try Engine.loadDataset(c)) { XCTAssertTrue("\($0)".contains("classes lists 9, which no example has"), "\($0)") }
    }

    func testShotsAreDrawnPerClassBySeedAndNested() throws {
        let data = try Engine.loadDataset(try fashionMNIST(classes: [5, 6, 7, 8, 9]))
        func drawn(_ shots: Int, seed: UInt64) throws -> [[Float]] {
            let split = try ClassSelection.shots(shots, of: data.train, classes: 5, seed: seed, features: 784, outputs: 5)
            XCTAssertEqual(split.count, 5 * shots)
            XCTAssertEqual((0..<5).map { c in split.labels.filter { $0 == c }.count }, Array(repeating: shots, count: 5))
            return (0..<split.count).map { Array(split.inputs[($0 * 784)..<(($0 + 1) * 784)]) }
        }
        let one = Set(try drawn(1, seed: 3)), five = Set(try drawn(5, seed: 3)), twentyFive = Set(try drawn(25, seed: 3))
        XCTAssertTrue(one.isSubset(of: five))
        XCTAssertTrue(five.isSubset(of: twentyFive))
        XCTAssertEqual(try drawn(5, seed: 3), try drawn(5, seed: 3))
        XCTAssertNotEqual(Set(try drawn(5, seed: 4)), five)
        XCTAssertThrowsError(try drawn(100_000, seed: 3))
    }

    /// An upstream MLP on classes 0–4 (with batch norm, whose running statistics are weights too).
    private func upstream(steps: Int) throws -> (config: TrialConfig, weights: Checkpoint) {
        var c = try fashionMNIST(classes: [0, 1, 2, 3, 4])
        c.width = 64; c.depth = 2; c.norm = .batch; c.steps = steps; c.evalEvery = steps; c.trainSize = 10_000
        var weights: Checkpoint?
        let result = try Engine.train(c, seed: 0, weights: { weights = $0 })
        XCTAssertEqual(result.status, .ok)
        return (c, try XCTUnwrap(weights))
    }

    private func downstream(_ upstream: TrialConfig, probe: Probe, shots: Int = 25) -> TrialConfig {
        var c = upstream
        c.classes = [5, 6, 7, 8, 9]; c.trainSize = nil; c.shots = shots; c.probe = probe; c.steps = 100; c.evalEvery = 100
        return c
    }

    func testALinearProbeLeavesTheBodyBitForBitAndFinetuningChangesIt() throws {
        let (config, body) = try upstream(steps: 60)
        var probed: Checkpoint?, tuned: Checkpoint?
        let probe = try Engine.train(downstream(config, probe: .linear), seed: 1, start: body, weights: { probed = $0 })
        XCTAssertEqual(probe.status, .ok)
        let p = try XCTUnwrap(probed)
        XCTAssertEqual(p.bodyCount, body.bodyCount)
        XCTAssertEqual(p.parameters[..<p.bodyCount].map(\.bitPattern), body.parameters[..<body.bodyCount].map(\.bitPattern))
        XCTAssertEqual(p.state.map(\.bitPattern), body.state.map(\.bitPattern))
        XCTAssertEqual(p.parameters.count - p.bodyCount, 64 * 5 + 5, "a new head of 5 outputs")

        _ = try Engine.train(downstream(config, probe: .finetune), seed: 1, start: body, weights: { tuned = $0 })
        let t = try XCTUnwrap(tuned)
        XCTAssertNotEqual(t.parameters[..<t.bodyCount].map(\.bitPattern), body.parameters[..<body.bodyCount].map(\.bitPattern))
    }

    /// The probe's task is the upstream's classes in another order (so the head must be new): a body
    /// trained on them separates them, an untrained one much less. (On classes 5–9, footwear and
    /// bags, a body trained on clothing is barely better than a random one: that is the study's subject.)
    func testAProbeOnAPretrainedBodyBeatsOneOnARandomBody() throws {
        let (config, pretrained) = try upstream(steps: 400)
        // The same network untrained: its initial weights, as a checkpoint.
        let data = try Engine.loadDataset(config)
        let random = try TrainingRun(config: config.resolved(), seed: 0, dataset: data).network.checkpoint()
        var probe = downstream(config, probe: .linear, shots: 5)
        probe.classes = [4, 3, 2, 1, 0]
        let onPretrained = try Engine.train(probe, seed: 2, start: pretrained)
        let onRandom = try Engine.train(probe, seed: 2, start: random)
        let a = try XCTUnwrap(onPretrained.metrics["test_acc"]), b = try XCTUnwrap(onRandom.metrics["test_acc"])
        print("linear probe, 5 shots on classes 4, 3, 2, 1, 0: pretrained body \(a), random body \(b)")
        XCTAssertGreaterThan(a, b + 0.05)
    }

    func testWeightsSurviveTheirFileFormat() throws {
        let checkpoint = Checkpoint(parameters: [1, -2.5, .pi, 0x1p-140], state: [7, 8], bodyCount: 3)
        XCTAssertEqual(Checkpoint(data: checkpoint.data), checkpoint)
        XCTAssertNil(Checkpoint(data: checkpoint.data.dropLast()))
        XCTAssertNil(Checkpoint(data: Data("not weights".utf8)))
    }
}
