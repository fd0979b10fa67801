import Foundation
import XCTest
@testable import Engine

/// The `cnn` and `resnet` models: their shapes on the real datasets, their parameter and FLOP
/// counts against hand counts, the configuration checks, and that they learn.
final class ConvolutionalModelTests: XCTestCase {
    private let fashion = InputShape(channels: 1, height: 28, width: 28)

    /// The benchmark CNN: conv 3×3 1→32, pool, conv 3×3 32→64, pool, linear 7·7·64 → 10.
    func testSmallCNNCountsItsParametersAndFLOPsByHand() {
        let network = Network(Architecture(model: .cnn, inputs: 784, outputs: 10, width: 32, depth: 2, shape: fashion), maxBatch: 2)
        let conv1 = 3 * 3 * 1 * 32 + 32, conv2 = 3 * 3 * 32 * 64 + 64, head = 7 * 7 * 64 * 10 + 10
        XCTAssertEqual(network.parameterCount, conv1 + conv2 + head)
        XCTAssertEqual(network.parameterCount, 50_186)
        // forward: 2 FLOPs per multiply-add at every output position; training: 3× forward less
        // the first layer's input gradient.
        let forward1 = 2 * 28 * 28 * (3 * 3 * 1) * 32, forward2 = 2 * 14 * 14 * (3 * 3 * 32) * 64, forwardHead = 2 * 3_136 * 10
        XCTAssertEqual(network.trainingFlopsPerExample, 3 * (forward1 + forward2 + forwardHead) - forward1)
        XCTAssertEqual(network.trainingFlopsPerExample, 22_767_360)
    }

    /// ResNet-8 at width 16: stem, one basic block per stage (16, 32, 64 channels at 28, 14, 7),
    /// 1×1 projections into stages 2 and 3, batch norm everywhere (γ and β per channel).
    func testResNetCountsItsParametersAndFLOPsByHand() {
        let network = Network(Architecture(model: .resnet, inputs: 784, outputs: 10, width: 16, depth: 1, norm: .batch, shape: fashion), maxBatch: 2)
        let norm = { (c: Int) in 2 * c }
        let stem = 9 * 16 + norm(16)
        let stage1 = 2 * (9 * 16 * 16 + norm(16))
        let stage2 = 9 * 16 * 32 + 9 * 32 * 32 + 2 * norm(32) + 16 * 32 + norm(32)
        let stage3 = 9 * 32 * 64 + 9 * 64 * 64 + 2 * norm(64) + 32 * 64 + norm(64)
        let head = 64 * 10 + 10
        XCTAssertEqual(network.parameterCount, stem + stage1 + stage2 + stage3 + head)
        XCTAssertEqual(network.parameterCount, 77_754)
        XCTAssertEqual(network.stateCount, 2 * (16 + 2 * 16 + 3 * 32 + 3 * 64), "running mean and variance of every norm")
        let conv = { (positions: Int, patch: Int, channels: Int) in 2 * positions * patch * channels }
        let forwardStem = conv(784, 9, 16)
        let forward = forwardStem + 2 * conv(784, 144, 16)
            + conv(196, 144, 32) + conv(196, 288, 32) + conv(196, 16, 32)
            + conv(49, 288, 64) + conv(49, 576, 64) + conv(49, 32, 64)
            + 2 * 64 * 10
        XCTAssertEqual(network.trainingFlopsPerExample, 3 * forward - forwardStem)
    }

    func testMNIST1DCNNReadsASignalOfForty() throws {
        var c = TrialConfig()
        c.dataset = "mnist1d"
        let data = try Engine.loadDataset(c)
        XCTAssertEqual(data.inputShape, InputShape(channels: 1, height: 1, width: 40))
        let network = Network(Architecture(model: .cnn, inputs: 40, outputs: 10, width: 8, depth: 2, shape: data.inputShape), maxBatch: 2)
        // conv 1×3 1→8, pool to 20, conv 1×3 8→16, pool to 10, linear 160 → 10
        XCTAssertEqual(network.parameterCount, (3 * 8 + 8) + (3 * 8 * 16 + 16) + (10 * 16 * 10 + 10))
    }

    func testFashionMNISTKeepsItsImageShape() throws {
        let directory = DatasetLocations().fashionMNIST
        guard FileManager.default.fileExists(atPath: directory + "/train-images-idx3-ubyte.gz") else {
            throw XCTSkip("dataset-fashion-mnist is not installed at \(directory)")
        }
        var c = TrialConfig()
        c.dataset = "fashion-mnist"
        XCTAssertEqual(try Engine.loadDataset(c).inputShape, fashion)
        c.dataset = "idx:" + directory
        XCTAssertEqual(try Engine.loadDataset(c).inputShape, fashion)
    }

    func testConvolutionalModelsRefuseMuPLayerNormAndNoBlocks() {
        var c = TrialConfig()
        c.model = .cnn
        c.parametrization = .mup
        c.norm = .layer
        c.depth = 0
        XCTAssertEqual(c.problems().map(\.key), ["depth", "parametrization", "norm"])
        XCTAssertEqual(c.problems()[1].description, "'parametrization' mup is not defined for convolutional models (model: cnn): use standard")
        c.model = .resnet
        c.depth = 1
        c.norm = nil
        c.parametrization = .standard
        XCTAssertEqual(c.problems(), [])
        XCTAssertEqual(c.resolved().norm, .batch, "a resnet's blocks have batch norm unless told otherwise")
    }

    /// On MNIST-1D a small CNN learns what the MLP of the engine's tests cannot (Greydanus 2020).
    func testCNNLearnsMNIST1D() throws {
        var c = TrialConfig()
        c.dataset = "mnist1d"
        c.model = .cnn
        c.width = 16
        c.depth = 2
        c.steps = 300
        c.batch = 64
        c.lr = 3e-3
        let result = try Engine.train(c, seed: 0)
        let accuracy = result.metrics["test_acc"]!
        print("mnist1d cnn(16, 2) test_acc after 300 steps: \(accuracy)")
        XCTAssertEqual(result.status, .ok)
        XCTAssertGreaterThan(accuracy, 0.6)
    }
}
