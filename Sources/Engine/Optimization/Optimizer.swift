import Foundation

/// A contiguous run of parameters sharing a learning-rate multiplier and weight-decay setting.
struct ParameterGroup {
    var offset: Int
    var count: Int
    var learningRateScale: Float
    var decays: Bool
}

/// SGD (momentum, Nesterov, coupled weight decay), Adam (coupled L2) and AdamW (decoupled),
/// as PyTorch defines them, except that weight decay applies only to groups marked `decays`
/// (weight matrices, not biases or norm parameters) and Adam's √v is `Vector.squareRoot`
/// (within 2e-7 relative). Moments live in flat buffers beside the parameters.
final class Optimizer {
    let kind: OptimizerKind
    let momentum: Float
    let nesterov: Bool
    let weightDecay: Float
    let beta1: Float
    let beta2: Float
    let epsilon: Float = 1e-8
    private let first: Buffer   // SGD momentum buffer, or Adam's first moment
    private let second: Buffer  // Adam's second moment
    private(set) var stepCount = 0

    init(kind: OptimizerKind, parameterCount: Int, momentum: Double = 0, nesterov: Bool = false,
         weightDecay: Double = 0, beta1: Double = 0.9, beta2: Double = 0.999) {
        self.kind = kind
        self.momentum = Float(momentum)
        self.nesterov = nesterov
        self.weightDecay = Float(weightDecay)
        self.beta1 = Float(beta1)
        self.beta2 = Float(beta2)
        first = Buffer(parameterCount)
        second = Buffer(kind == .sgd ? 0 : parameterCount)
    }

    /// One update of `parameters` from `gradients` at learning rate `lr`, group by group.
    func step(parameters: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>, lr: Double, groups: [ParameterGroup]) {
        stepCount += 1
        // By index: `for g in groups` calls a generic iterator that allocates in debug builds.
        for k in 0..<groups.count {
            let g = groups[k]
            let rate = Float(lr) * g.learningRateScale
            let decay = g.decays ? weightDecay : 0
            let p = parameters + g.offset, d = gradients + g.offset
            let m = first.pointer + g.offset
            switch kind {
            case .sgd:
                sgd(p, d, m, g.count, rate: rate, decay: decay)
            case .adam:
                adam(p, d, m, second.pointer + g.offset, g.count, rate: rate, coupledDecay: decay, decoupledDecay: 0)
            case .adamw:
                adam(p, d, m, second.pointer + g.offset, g.count, rate: rate, coupledDecay: 0, decoupledDecay: decay)
            }
        }
    }

    // p [N], g [N], buffer [N]: b ← μb + (g + λp); p ← p − lr·(Nesterov ? g + λp + μb : b)
    private func sgd(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ b: UnsafeMutablePointer<Float>,
                     _ n: Int, rate: Float, decay: Float) {
        let mu = momentum
        var i = 0
        while i + 16 <= n {
            let pv = Vector.load(p + i)
            let gv = Vector.load(g + i) + decay * pv
            let bv = mu * Vector.load(b + i) + gv
            Vector.store(bv, b + i)
            let update = nesterov ? gv + mu * bv : bv
            Vector.store(pv - rate * update, p + i)
            i += 16
        }
        while i < n {
            let gv = g[i] + decay * p[i]
            let bv = mu * b[i] + gv
            b[i] = bv
            p[i] -= rate * (nesterov ? gv + mu * bv : bv)
            i += 1
        }
    }

    // p [N], g [N], m [N], v [N]: bias-corrected Adam; coupled decay adds λp to g, decoupled
    // multiplies p by (1 − lr·λ) first (AdamW).
    private func adam(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ m: UnsafeMutablePointer<Float>,
                      _ v: UnsafeMutablePointer<Float>, _ n: Int, rate: Float, coupledDecay: Float, decoupledDecay: Float) {
        let b1 = beta1, b2 = beta2, eps = epsilon
        let t = Float(stepCount)
        let correction1 = 1 - pow(b1, t), correction2 = 1 - pow(b2, t)
        let stepSize = rate / correction1
        let inverseSqrtCorrection2 = 1 / correction2.squareRoot()
        let shrink = 1 - rate * decoupledDecay
        // SIMD16 with Vector.squareRoot: LLVM does not vectorise the scalar loop (sqrt), and
        // SIMD16.squareRoot() is per-lane scalar code. The scalar tail uses the same √ so every
        // parameter follows the same arithmetic.
        var i = 0
        while i + 16 <= n {
            var pv = Vector.load(p + i)
            let gv = Vector.load(g + i) + coupledDecay * pv
            let mv = b1 * Vector.load(m + i) + (1 - b1) * gv
            let vv = b2 * Vector.load(v + i) + (1 - b2) * gv * gv
            Vector.store(mv, m + i)
            Vector.store(vv, v + i)
            pv = pv * shrink
            pv -= stepSize * mv / (Vector.squareRoot(vv) * inverseSqrtCorrection2 + eps)
            Vector.store(pv, p + i)
            i += 16
        }
        while i < n {
            let gv = g[i] + coupledDecay * p[i]
            m[i] = b1 * m[i] + (1 - b1) * gv
            v[i] = b2 * v[i] + (1 - b2) * gv * gv
            p[i] = p[i] * shrink - stepSize * m[i] / (Vector.squareRoot(Vector.V(repeating: v[i]))[0] * inverseSqrtCorrection2 + eps)
            i += 1
        }
    }
}
