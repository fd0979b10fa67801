import XCTest
@testable import Engine

final class OptimizerTests: XCTestCase {
    /// 37 parameters: two SIMD16 blocks and a scalar tail, all must follow the same rule.
    let count = 37

    private func run(_ optimizer: Optimizer, start: Float, gradient: Float, lr: Double, steps: Int, decays: Bool = true) -> [Float] {
        var p = [Float](repeating: start, count: count)
        let g = [Float](repeating: gradient, count: count)
        let group = ParameterGroup(offset: 0, count: count, learningRateScale: 1, decays: decays)
        for _ in 0..<steps { optimizer.step(parameters: &p, gradients: g, lr: lr, groups: [group]) }
        return p
    }

    func testSGDWithMomentumAndWeightDecayByHand() {
        // g' = g + λp, b = μb + g', p -= lr·b: 1 → 0.94 → 0.8266 for g = 0.5, λ = 0.1, μ = 0.9, lr = 0.1
        let p = run(Optimizer(kind: .sgd, parameterCount: count, momentum: 0.9, weightDecay: 0.1), start: 1, gradient: 0.5, lr: 0.1, steps: 2)
        for v in p { XCTAssertEqual(v, 0.8266, accuracy: 1e-6) }
    }

    func testNesterovLooksAhead() {
        // step 1: g' = 0.6, b = 0.6, update = g' + μb = 1.14 → p = 1 − 0.114
        let p = run(Optimizer(kind: .sgd, parameterCount: count, momentum: 0.9, nesterov: true, weightDecay: 0.1), start: 1, gradient: 0.5, lr: 0.1, steps: 1)
        for v in p { XCTAssertEqual(v, 0.886, accuracy: 1e-6) }
    }

    func testAdamFirstStepHasSizeLearningRate() {
        // Bias correction makes m̂/√v̂ = g/|g| on the first step, whatever the gradient's scale.
        for gradient: Float in [1e-4, 3, -20] {
            let p = run(Optimizer(kind: .adam, parameterCount: count), start: 1, gradient: gradient, lr: 0.01, steps: 1)
            for v in p { XCTAssertEqual(v, 1 - 0.01 * (gradient > 0 ? 1 : -1), accuracy: 1e-5) }
        }
    }

    func testAdamWDecaysDecoupledAndAdamCouples() {
        // Zero gradient: AdamW only shrinks p by (1 − lr·λ) per step; Adam's L2 term goes through
        // the adaptive step instead and moves p by ≈ lr.
        let w = run(Optimizer(kind: .adamw, parameterCount: count, weightDecay: 0.5), start: 2, gradient: 0, lr: 0.1, steps: 3)
        for v in w { XCTAssertEqual(v, 2 * pow(0.95, 3), accuracy: 1e-5) }
        let a = run(Optimizer(kind: .adam, parameterCount: count, weightDecay: 0.5), start: 2, gradient: 0, lr: 0.1, steps: 1)
        for v in a { XCTAssertEqual(v, 1.9, accuracy: 1e-5) }
        let untouched = run(Optimizer(kind: .adamw, parameterCount: count, weightDecay: 0.5), start: 2, gradient: 0, lr: 0.1, steps: 3, decays: false)
        XCTAssertEqual(untouched, [Float](repeating: 2, count: count))
    }

    /// Adam's packed √ (estimate + Newton steps) against Float.squareRoot over 40 decades.
    func testPackedSquareRootMatchesTheLibrary() {
        var worst: Float = 0
        var exponent = -30.0
        while exponent < 10 {
            let x = Float(pow(10, exponent))
            let packed = Vector.squareRoot(Vector.V(repeating: x))[0]
            worst = max(worst, abs(packed - x.squareRoot()) / x.squareRoot())
            exponent += 0.013
        }
        print("packed square root: worst relative error \(worst)")
        XCTAssertLessThan(worst, 3e-7)
        XCTAssertEqual(Vector.squareRoot(Vector.V(repeating: 0))[0], 0)
    }

    func testSchedules() {
        XCTAssertEqual(Schedule.constant.learningRate(step: 70, total: 100, base: 0.1), 0.1)
        XCTAssertEqual(Schedule.cosine.learningRate(step: 0, total: 100, base: 0.1), 0.1)
        XCTAssertEqual(Schedule.cosine.learningRate(step: 50, total: 100, base: 0.1), 0.05, accuracy: 1e-12)
        XCTAssertEqual(Schedule.cosine.learningRate(step: 100, total: 100, base: 0.1), 0, accuracy: 1e-12)
        let warm = Schedule.warmupCosine
        XCTAssertEqual(warm.learningRate(step: 0, total: 100, base: 0.1, warmup: 10), 0.01, accuracy: 1e-12)
        XCTAssertEqual(warm.learningRate(step: 9, total: 100, base: 0.1, warmup: 10), 0.1, accuracy: 1e-12)
        XCTAssertEqual(warm.learningRate(step: 10, total: 100, base: 0.1, warmup: 10), 0.1, accuracy: 1e-12)
        XCTAssertEqual(warm.learningRate(step: 55, total: 100, base: 0.1, warmup: 10), 0.05, accuracy: 1e-12)
    }
}
