import XCTest
@testable import Engine

final class InitializationTests: XCTestCase {
    /// Each tensor's values after initialising a 784 → 256 → 256 → 10 MLP.
    private func tensors(_ initialization: Initialization) -> [(name: String, fanIn: Int, values: [Float])] {
        let network = Network(Architecture(model: .mlp, inputs: 784, outputs: 10, width: 256, depth: 2), maxBatch: 1)
        var random = RandomStream(seed: 3, purpose: .initialisation)
        network.initialise(.standard(.adam), initialization: initialization, random: &random)
        return network.tensors.map { t in
            (t.name, t.fanIn, Array(UnsafeBufferPointer(start: network.parameters.pointer + t.offset, count: t.count)))
        }
    }

    private func std(_ values: [Float]) -> Double {
        let mean = values.reduce(0) { $0 + Double($1) } / Double(values.count)
        return (values.reduce(0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count)).squareRoot()
    }

    /// He: weights N(0, 2/fan_in) before ReLU, biases zero.
    func testHeDrawsNormalWeightsWithStdRootTwoOverFanInAndZeroBiases() {
        let drawn = tensors(.he)
        let fanIns = [784, 256]
        for (i, fanIn) in fanIns.enumerated() {
            let weights = drawn[2 * i].values
            XCTAssertEqual(std(weights), (2.0 / Double(fanIn)).squareRoot(), accuracy: 0.03 * (2.0 / Double(fanIn)).squareRoot())
            XCTAssertTrue(drawn[2 * i + 1].values.allSatisfy { $0 == 0 })
        }
    }

    /// PyTorch's nn.Linear (reset_parameters: kaiming_uniform_ with a = √5, bias U(±1/√fan_in)):
    /// weights and biases uniform in ±1/√fan_in, so the weights' std is 1/√(3·fan_in).
    func testPyTorchDrawsWeightsAndBiasesUniformWithinOneOverRootFanIn() {
        let drawn = tensors(.pytorch)
        XCTAssertEqual(drawn.map(\.name), ["weight", "bias", "weight", "bias", "weight", "bias"])
        for layer in 0..<3 {
            let weights = drawn[2 * layer], biases = drawn[2 * layer + 1]
            let bound = 1 / Double(weights.fanIn).squareRoot()
            XCTAssertTrue(weights.values.allSatisfy { abs(Double($0)) <= bound })
            XCTAssertEqual(std(weights.values), bound / 3.0.squareRoot(), accuracy: 0.03 * bound)
            XCTAssertTrue(biases.values.allSatisfy { abs(Double($0)) <= bound }, "the bias bound is the weight's fan-in")
            XCTAssertGreaterThan(biases.values.map { abs(Double($0)) }.max()!, bound / 2)
        }
    }

    /// `init: he` is the default: written or not, the resolved configuration (and the key) is the same.
    func testHeIsTheDefaultAndLeftOutOfTheResolvedConfiguration() throws {
        var written = TrialConfig()
        written.initialization = .he
        XCTAssertEqual(written.resolved(), TrialConfig().resolved())
        var pytorch = TrialConfig()
        pytorch.initialization = .pytorch
        XCTAssertEqual(pytorch.resolved().initialization, .pytorch)
        let json = String(decoding: try JSONEncoder().encode(pytorch.resolved()), as: UTF8.self)
        XCTAssertTrue(json.contains("\"init\":\"pytorch\""))
        XCTAssertFalse(String(decoding: try JSONEncoder().encode(written.resolved()), as: UTF8.self).contains("init"))
    }
}
