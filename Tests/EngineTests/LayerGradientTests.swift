import XCTest
@testable import Engine

/// Every layer's backward pass against central finite differences (see GradientCheck for the
/// tolerance). Each test prints the largest difference it saw.
final class LayerGradientTests: XCTestCase {
    let tolerance = 1e-3

    private func assertGradients(_ name: String, _ layer: Layer, batch: Int = 4, avoidKinks: Bool = false,
                                 file: StaticString = #filePath, line: UInt = #line) {
        let report = GradientCheck().run(layer, batch: batch, avoidKinks: avoidKinks)
        print("gradient check \(name): \(report.checked) coordinates, max |analytic − numeric| = \(report.maxAbsoluteError), max relative = \(report.maxRelativeError)")
        XCTAssertGreaterThan(report.checked, 0, file: file, line: line)
        XCTAssertLessThan(report.maxRelativeError, tolerance, "\(name)", file: file, line: line)
    }

    func testLinear() { assertGradients("linear", Linear(5, 3)) }
    func testReLU() { assertGradients("relu", ActivationLayer(.relu, features: 6), avoidKinks: true) }
    func testGELU() { assertGradients("gelu", ActivationLayer(.gelu, features: 6)) }
    func testTanh() { assertGradients("tanh", ActivationLayer(.tanh, features: 6)) }
    func testBatchNorm() { assertGradients("batch norm", BatchNorm(features: 5, widthScales: true), batch: 6) }
    func testLayerNorm() { assertGradients("layer norm", LayerNorm(features: 6, widthScales: true)) }
    func testDropout() { assertGradients("dropout", Dropout(features: 6, probability: 0.3)) }

    func testResidualBlock() {
        let block = ResidualBlock([LayerNorm(features: 5, widthScales: true), Linear(5, 5), ActivationLayer(.gelu, features: 5), Linear(5, 5)])
        assertGradients("residual block", block)
    }

    func testWholeMLPWithBatchNormAndDropout() {
        let body = Architecture(model: .mlp, inputs: 4, outputs: 3, width: 6, depth: 2, activation: .tanh, norm: .batch, dropout: 0.2).build()
        assertGradients("mlp(tanh, batch norm, dropout)", body, batch: 5)
    }

    func testResMLP() {
        let body = Architecture(model: .resmlp, inputs: 4, outputs: 3, width: 5, depth: 2, activation: .gelu, norm: .layer).build()
        assertGradients("resmlp(gelu, layer norm)", body)
    }

    func testSoftmaxCrossEntropy() {
        let batch = 4, classes = 5
        var random = RandomStream(seed: 3, purpose: .initialisation)
        let logits = (0..<(batch * classes)).map { _ in Float(random.normal()) * 2 }
        let labels: [Int32] = [0, 4, 2, 2]
        var probabilities = [Float](repeating: 0, count: batch * classes)
        var gradient = [Float](repeating: 0, count: batch * classes)
        func loss(_ logits: [Float]) -> Double {
            SoftmaxCrossEntropy.forward(logits: logits, labels: labels, probabilities: &probabilities, batch: batch, classes: classes).lossSum / Double(batch)
        }
        _ = loss(logits)
        SoftmaxCrossEntropy.backward(probabilities: probabilities, labels: labels, dLogits: &gradient, batch: batch, classes: classes)
        let worst = finiteDifferenceError(logits, gradient, loss)
        print("gradient check softmax cross-entropy: max |analytic − numeric| = \(worst)")
        XCTAssertLessThan(worst, 1e-3)
    }

    func testMeanSquaredError() {
        let batch = 3, outputs = 2
        var random = RandomStream(seed: 4, purpose: .initialisation)
        let predictions = (0..<(batch * outputs)).map { _ in Float(random.normal()) }
        let targets = (0..<(batch * outputs)).map { _ in Float(random.normal()) }
        var gradient = [Float](repeating: 0, count: batch * outputs)
        func loss(_ predictions: [Float]) -> Double {
            MeanSquaredError.forward(predictions: predictions, targets: targets, batch: batch, outputs: outputs) / Double(batch * outputs)
        }
        MeanSquaredError.backward(predictions: predictions, targets: targets, dPredictions: &gradient, batch: batch, outputs: outputs)
        let worst = finiteDifferenceError(predictions, gradient, loss)
        print("gradient check mean squared error: max |analytic − numeric| = \(worst)")
        XCTAssertLessThan(worst, 1e-3)
    }

    func testBackwardAccumulates() {
        // Calling backward twice must double the gradients (+=, never =).
        let layer = Linear(3, 2)
        let parameters = Buffer(8), gradients = Buffer(8), state = Buffer(0)
        layer.bind(parameters: parameters.pointer, gradients: gradients.pointer, state: state.pointer)
        for i in 0..<8 { parameters.pointer[i] = Float(i) * 0.1 - 0.3 }
        let input: [Float] = [1, 2, 3, -1, 0.5, 2]
        let dOutput: [Float] = [1, -1, 0.5, 2]
        var output = [Float](repeating: 0, count: 4)
        var dInput = [Float](repeating: 0, count: 6)
        var random = RandomStream(seed: 0, purpose: .dropout)
        layer.forward(input: input, output: &output, batch: 2, mode: .train, random: &random)
        layer.backward(input: input, output: output, dOutput: dOutput, dInput: &dInput, batch: 2)
        let once = (0..<8).map { gradients.pointer[$0] }, onceInput = dInput
        layer.backward(input: input, output: output, dOutput: dOutput, dInput: &dInput, batch: 2)
        for i in 0..<8 { XCTAssertEqual(gradients.pointer[i], 2 * once[i], accuracy: 1e-6) }
        for i in 0..<6 { XCTAssertEqual(dInput[i], 2 * onceInput[i], accuracy: 1e-6) }
    }

    /// Plain central differences (h = 1e-2) for the losses: smooth functions of a few values,
    /// summed in Double, so truncation (h²/6·|L‴|, under 2e-5 here since |L‴| ≤ 1 for softmax
    /// cross-entropy and 0 for MSE) and rounding (ε·|L|/h ≈ 1e-5) stay well under 1e-3.
    private func finiteDifferenceError(_ point: [Float], _ analytic: [Float], _ f: ([Float]) -> Double) -> Double {
        let h: Float = 1e-2
        var worst = 0.0
        var x = point
        for i in x.indices {
            let saved = x[i]
            x[i] = saved + h; let plus = f(x)
            x[i] = saved - h; let minus = f(x)
            x[i] = saved
            worst = max(worst, abs((plus - minus) / Double(2 * h) - Double(analytic[i])))
        }
        return worst
    }
}
