import XCTest
@testable import Engine

/// What changes between training and evaluation mode.
final class ModeTests: XCTestCase {
    func testBatchNormEvaluatesWithRunningStatistics() {
        let features = 3, batch = 64
        let norm = BatchNorm(features: features, widthScales: false)
        let parameters = Buffer(2 * features), gradients = Buffer(2 * features), state = Buffer(2 * features)
        norm.bind(parameters: parameters.pointer, gradients: gradients.pointer, state: state.pointer)
        norm.resetState()
        norm.prepare(maxBatch: batch)
        for j in 0..<features { parameters.pointer[j] = 1 }  // γ = 1, β = 0
        // Feature j has mean 2j + 1 and standard deviation j + 1.
        var random = RandomStream(seed: 1, purpose: .dataGeneration)
        var x = [Float](repeating: 0, count: batch * features)
        var y = [Float](repeating: 0, count: batch * features)
        var unused = RandomStream(seed: 0, purpose: .dropout)
        for _ in 0..<200 {
            for r in 0..<batch { for j in 0..<features { x[r * features + j] = Float(2 * j + 1) + Float(j + 1) * Float(random.normal()) } }
            norm.forward(input: x, output: &y, batch: batch, mode: .train, random: &unused)
        }
        for j in 0..<features {
            XCTAssertEqual(state.pointer[j], Float(2 * j + 1), accuracy: 0.15, "running mean")
            XCTAssertEqual(state.pointer[features + j], Float((j + 1) * (j + 1)), accuracy: 0.3 * Float((j + 1) * (j + 1)), "running variance")
        }
        // In evaluation a single example is normalised with the running statistics, not its own.
        let one: [Float] = [1, 3, 5]
        var out = [Float](repeating: 0, count: 3)
        norm.forward(input: one, output: &out, batch: 1, mode: .eval, random: &unused)
        for j in 0..<features {
            let expected = (one[j] - state.pointer[j]) / (state.pointer[features + j] + 1e-5).squareRoot()
            XCTAssertEqual(out[j], expected, accuracy: 1e-6)
        }
    }

    func testDropoutDropsInTrainingOnlyAndKeepsTheExpectation() {
        let n = 10_000
        let dropout = Dropout(features: n, probability: 0.25)
        dropout.prepare(maxBatch: 1)
        let x = [Float](repeating: 2, count: n)
        var y = [Float](repeating: 0, count: n)
        var random = RandomStream(seed: 5, purpose: .dropout)
        dropout.forward(input: x, output: &y, batch: 1, mode: .eval, random: &random)
        XCTAssertEqual(y, x)
        dropout.forward(input: x, output: &y, batch: 1, mode: .train, random: &random)
        let dropped = y.filter { $0 == 0 }.count
        XCTAssertEqual(Double(dropped) / Double(n), 0.25, accuracy: 0.02)
        XCTAssertEqual(Double(y.reduce(0, +)) / Double(n), 2, accuracy: 0.06, "inverted dropout keeps the mean")
    }
}
