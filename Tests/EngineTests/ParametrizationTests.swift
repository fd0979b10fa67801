import XCTest
@testable import Engine

final class ParametrizationTests: XCTestCase {
    /// Learning-rate multipliers and initial scales of Tensor Programs V, Table 3, at 4× base width.
    func testMuPTable() {
        let network = Network(Architecture(model: .mlp, inputs: 10, outputs: 3, width: 256, depth: 2), maxBatch: 1)
        let names = network.tensors.map { "\($0.name)\($0.fanIn)x\($0.fanOut)" }
        XCTAssertEqual(names, ["weight10x256", "bias1x256", "weight256x256", "bias1x256", "weight256x3", "bias1x3"])
        let adam = ParametrizationRule(parametrization: .mup, widthMultiplier: 4, optimizer: .adam)
        let sgd = ParametrizationRule(parametrization: .mup, widthMultiplier: 4, optimizer: .sgd)
        XCTAssertEqual(network.tensors.map(adam.learningRateScale), [1, 1, 0.25, 1, 0.25, 1])
        XCTAssertEqual(network.tensors.map(sgd.learningRateScale), [4, 4, 1, 4, 0.25, 1])
        XCTAssertEqual(network.tensors.map(adam.initialScale), [1, 1, 1, 1, 0.5, 1])
        let standard = ParametrizationRule.standard(.adam)
        XCTAssertEqual(network.tensors.map(standard.learningRateScale), [1, 1, 1, 1, 1, 1])
    }

    /// The first Adam update's effect on the last hidden layer's activations, RMS over units.
    private func firstUpdateSize(width: Int, parametrization: Parametrization, optimizer: OptimizerKind = .adam, lr: Double = 1e-3) -> Double {
        let inputs = 20, classes = 5, batch = 64
        let network = Network(Architecture(model: .mlp, inputs: inputs, outputs: classes, width: width, depth: 2), maxBatch: batch)
        let rule = ParametrizationRule(parametrization: parametrization, widthMultiplier: Double(width) / 64, optimizer: optimizer)
        var initialisation = RandomStream(seed: 11, purpose: .initialisation)
        network.initialise(rule, random: &initialisation)
        var data = RandomStream(seed: 12, purpose: .dataGeneration)
        for i in 0..<(batch * inputs) { network.input.pointer[i] = Float(data.normal()) }
        let losses = LossComputer(task: .classification, outputs: classes, maxBatch: batch)
        for r in 0..<batch { losses.labelStorage[r] = Int32(data.below(classes)) }
        var dropout = RandomStream(seed: 0, purpose: .dropout)
        let hiddenIndex = 3  // Linear, ReLU, Linear, ReLU ← this one's output, Linear
        network.forward(batch: batch, mode: .train, random: &dropout)
        let before = Array(UnsafeBufferPointer(start: network.body.activation(after: hiddenIndex), count: batch * width))
        _ = losses.loss(network, batch: batch)
        losses.backward(network, batch: batch)
        network.zeroGradients()
        network.backward(batch: batch)
        let groups = network.tensors.map {
            ParameterGroup(offset: $0.offset, count: $0.count, learningRateScale: Float(rule.learningRateScale($0)), decays: false)
        }
        Optimizer(kind: optimizer, parameterCount: network.parameterCount)
            .step(parameters: network.parameters.pointer, gradients: network.gradients.pointer, lr: lr, groups: groups)
        network.forward(batch: batch, mode: .train, random: &dropout)
        let after = UnsafeBufferPointer(start: network.body.activation(after: hiddenIndex), count: batch * width)
        let sumSquares = zip(before, after).reduce(0.0) { $0 + Double($1.1 - $1.0) * Double($1.1 - $1.0) }
        return (sumSquares / Double(batch * width)).squareRoot()
    }

    /// μP's defining property: with Adam, the first update moves hidden activations by an amount
    /// that does not depend on width; under the standard parametrization it grows with width.
    func testMuPKeepsTheFirstUpdateOfHiddenActivationsWidthIndependent() {
        let mup64 = firstUpdateSize(width: 64, parametrization: .mup)
        let mup512 = firstUpdateSize(width: 512, parametrization: .mup)
        let sp64 = firstUpdateSize(width: 64, parametrization: .standard)
        let sp512 = firstUpdateSize(width: 512, parametrization: .standard)
        print("first update RMS Δh: μP \(mup64) → \(mup512) (×\(mup512 / mup64)); standard \(sp64) → \(sp512) (×\(sp512 / sp64)) for width 64 → 512")
        XCTAssertEqual(mup64, sp64, accuracy: 1e-12, "μP equals the standard parametrization at the base width")
        XCTAssertEqual(mup512 / mup64, 1, accuracy: 0.35)
        XCTAssertGreaterThan(sp512 / sp64, 4)
    }

    /// The same property under SGD, with Table 3's SGD learning rates.
    func testMuPWithSGDKeepsTheFirstUpdateWidthIndependent() {
        let mup64 = firstUpdateSize(width: 64, parametrization: .mup, optimizer: .sgd, lr: 0.1)
        let mup512 = firstUpdateSize(width: 512, parametrization: .mup, optimizer: .sgd, lr: 0.1)
        let sp64 = firstUpdateSize(width: 64, parametrization: .standard, optimizer: .sgd, lr: 0.1)
        let sp512 = firstUpdateSize(width: 512, parametrization: .standard, optimizer: .sgd, lr: 0.1)
        print("SGD first update RMS Δh: μP \(mup64) → \(mup512) (×\(mup512 / mup64)); standard \(sp64) → \(sp512) (×\(sp512 / sp64))")
        XCTAssertEqual(mup512 / mup64, 1, accuracy: 0.35)
        XCTAssertGreaterThan(sp512 / sp64, 2.5)
    }
}
