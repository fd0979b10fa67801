import Foundation
import XCTest
@testable import Engine

/// SGD and Adam steps against scalar loops written here, over three steps, on two parameter
/// groups (one with weight decay and a learning-rate scale, one without) of awkward lengths.
final class OptimizerKernelTests: XCTestCase {
    typealias Reference = (_ p: inout [Float], _ g: [Float], _ state: inout [[Float]], _ step: Int, _ rate: Float, _ decay: Float) -> Void

    /// Runs `optimizer` and `reference` side by side and returns (kernel, reference) parameters.
    private func compare(_ optimizer: (Int) -> Optimizer, weightDecay: Float, reference: Reference, check: ([Float], [Float], Int) -> Void) {
        for n in KernelData.lengths {
            let half = n / 2
            let groups = [ParameterGroup(offset: 0, count: half, learningRateScale: 0.5, decays: true),
                          ParameterGroup(offset: half, count: n - half, learningRateScale: 1, decays: false)]
            let opt = optimizer(n)
            var p = KernelData.normal(n, seed: 10)
            var expected = p
            var state = [[Float]](repeating: [Float](repeating: 0, count: n), count: 2)
            for step in 1...3 {
                let g = KernelData.withZeros(n, seed: 10 + UInt64(step))
                let lr = 0.01 * Double(step)
                opt.step(parameters: &p, gradients: g, lr: lr, groups: groups)
                for group in groups {
                    let range = group.offset..<(group.offset + group.count)
                    var gp = Array(expected[range]), gs = state.map { Array($0[range]) }
                    reference(&gp, Array(g[range]), &gs, step, Float(lr) * group.learningRateScale, group.decays ? weightDecay : 0)
                    expected.replaceSubrange(range, with: gp)
                    for k in 0..<2 { state[k].replaceSubrange(range, with: gs[k]) }
                }
            }
            check(p, expected, n)
        }
    }

    private func sgdReference(momentum mu: Float, nesterov: Bool) -> Reference {
        { p, g, state, _, rate, decay in
            for i in p.indices {
                let gi = g[i] + decay * p[i]
                let b = mu * state[0][i] + gi
                state[0][i] = b
                p[i] = p[i] - rate * (nesterov ? gi + mu * b : b)
            }
        }
    }

    func testSGDMatchesTheScalarRuleExactly() {
        for (momentum, nesterov) in [(Float(0), false), (0.9, false), (0.9, true)] {
            compare({ Optimizer(kind: .sgd, parameterCount: $0, momentum: Double(momentum), nesterov: nesterov, weightDecay: 0.1) },
                    weightDecay: 0.1, reference: sgdReference(momentum: momentum, nesterov: nesterov)) { p, expected, n in
                XCTAssertEqual(p.map(\.bitPattern), expected.map(\.bitPattern), "n = \(n), μ = \(momentum), Nesterov \(nesterov)")
            }
        }
    }

    /// Bias-corrected Adam as PyTorch writes it; `root` is the square root the reference uses.
    private func adamReference(decoupled: Bool, root: @escaping (Float) -> Float) -> Reference {
        { p, g, state, step, rate, decay in
            let b1: Float = 0.9, b2: Float = 0.999, eps: Float = 1e-8
            let t = Float(step)
            let stepSize = rate / (1 - pow(b1, t))
            let inverseSqrtCorrection2 = 1 / (1 - pow(b2, t)).squareRoot()
            let shrink = 1 - rate * (decoupled ? decay : 0)
            for i in p.indices {
                let gi = g[i] + (decoupled ? 0 : decay) * p[i]
                state[0][i] = b1 * state[0][i] + (1 - b1) * gi
                state[1][i] = b2 * state[1][i] + (1 - b2) * gi * gi
                p[i] = p[i] * shrink - stepSize * state[0][i] / (root(state[1][i]) * inverseSqrtCorrection2 + eps)
            }
        }
    }

    /// With the kernel's own square root the arithmetic is the same, so the SIMD body and the
    /// scalar tail must both match the scalar rule to the bit.
    func testAdamMatchesTheScalarRuleExactlyWithThePackedRoot() {
        let packed: (Float) -> Float = { Vector.squareRoot(Vector.V(repeating: $0))[0] }
        for kind in [OptimizerKind.adam, .adamw] {
            compare({ Optimizer(kind: kind, parameterCount: $0, weightDecay: 0.01) },
                    weightDecay: 0.01, reference: adamReference(decoupled: kind == .adamw, root: packed)) { p, expected, n in
                XCTAssertEqual(p.map(\.bitPattern), expected.map(\.bitPattern), "\(kind), n = \(n)")
            }
        }
    }

    /// Against the exact square root, the only difference is the root's relative error (2e-7),
    /// which reaches a parameter through its update: allow 1e-6 of the update's size and a few
    /// ulp of the parameter.
    func testAdamIsWithinTheRootsErrorOfExactAdam() {
        for kind in [OptimizerKind.adam, .adamw] {
            compare({ Optimizer(kind: kind, parameterCount: $0, weightDecay: 0.01) },
                    weightDecay: 0.01, reference: adamReference(decoupled: kind == .adamw, root: { $0.squareRoot() })) { p, expected, n in
                for i in 0..<n {
                    // Each of the three updates is at most lr ≈ 0.03 in size (Adam's step is lr-bounded).
                    let tolerance = 3 * 0.03 * 1e-6 + 4 * Double(expected[i].ulp)
                    XCTAssertEqual(Double(p[i]), Double(expected[i]), accuracy: tolerance, "\(kind), n = \(n), i = \(i)")
                }
            }
        }
    }
}
