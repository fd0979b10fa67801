/// Batch normalisation over the batch dimension, with running statistics for evaluation.
final class BatchNorm: Layer {
    let features: Int
    let widthScales: Bool
    let momentum: Float = 0.1
    let epsilon: Float = 1e-5
    var inputFeatures: Int { features }
    var outputFeatures: Int { features }

    private var gamma: UnsafeMutablePointer<Float>!, beta: UnsafeMutablePointer<Float>!
    private var dGamma: UnsafeMutablePointer<Float>!, dBeta: UnsafeMutablePointer<Float>!
    private var runningMean: UnsafeMutablePointer<Float>!, runningVariance: UnsafeMutablePointer<Float>!
    private var normalised = Buffer(0)          // x̂ [B × F]
    private let mean: Buffer, inverseStd: Buffer  // [F]
    private let sumGradient: Buffer, sumGradientNormalised: Buffer  // [F]

    init(features: Int, widthScales: Bool) {
        self.features = features
        self.widthScales = widthScales
        mean = Buffer(features); inverseStd = Buffer(features)
        sumGradient = Buffer(features); sumGradientNormalised = Buffer(features)
    }

    var parameterTensors: [ParameterTensor] {
        [ParameterTensor(name: "gain", kind: .normGain, count: features, fanIn: 1, fanOut: features, fanInScales: false, fanOutScales: widthScales),
         ParameterTensor(name: "shift", kind: .normShift, count: features, fanIn: 1, fanOut: features, fanInScales: false, fanOutScales: widthScales)]
    }
    var stateCount: Int { 2 * features }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        gamma = parameters; beta = parameters + features
        dGamma = gradients; dBeta = gradients + features
        runningMean = state; runningVariance = state + features
    }

    func resetState() {
        runningMean.update(repeating: 0, count: features)
        runningVariance.update(repeating: 1, count: features)
    }

    func prepare(maxBatch: Int) { normalised = Buffer(maxBatch * features) }

    // input [B × F] → output [B × F] = γ·x̂ + β; train: batch statistics (and running update), eval: running
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let f = features, m = mean.pointer, s = inverseStd.pointer, xhat = normalised.pointer
        if mode == .train {
            Vector.zero(m, f)
            Vector.addColumnSums(input, rows: batch, columns: f, into: m)
            let scale = 1 / Float(batch)
            for j in 0..<f { m[j] *= scale }
            Vector.zero(s, f)  // accumulate the variance in s first
            for r in 0..<batch {
                let row = input + r * f
                for j in 0..<f { let d = row[j] - m[j]; s[j] += d * d }
            }
            let unbias = batch > 1 ? Float(batch) / Float(batch - 1) : 1
            for j in 0..<f {
                let variance = s[j] * scale
                runningMean[j] = (1 - momentum) * runningMean[j] + momentum * m[j]
                runningVariance[j] = (1 - momentum) * runningVariance[j] + momentum * variance * unbias
                s[j] = 1 / (variance + epsilon).squareRoot()
            }
        } else {
            for j in 0..<f {
                m[j] = runningMean[j]
                s[j] = 1 / (runningVariance[j] + epsilon).squareRoot()
            }
        }
        for r in 0..<batch {
            let x = input + r * f, y = output + r * f, h = xhat + r * f
            for j in 0..<f {
                let n = (x[j] - m[j]) * s[j]
                h[j] = n
                y[j] = gamma[j] * n + beta[j]
            }
        }
    }

    // dOutput [B × F] → dγ += Σ dy·x̂, dβ += Σ dy, dInput += (s/B)(B·dx̂ − Σdx̂ − x̂·Σ dx̂·x̂), dx̂ = γ·dy
    // (train-mode statistics; backward always follows a training forward)
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        let f = features, xhat = normalised.pointer, s = inverseStd.pointer
        let sumDy = sumGradient.pointer, sumDyXhat = sumGradientNormalised.pointer
        Vector.zero(sumDy, f); Vector.zero(sumDyXhat, f)
        for r in 0..<batch {
            let dy = dOutput + r * f, h = xhat + r * f
            for j in 0..<f { sumDy[j] += dy[j]; sumDyXhat[j] += dy[j] * h[j] }
        }
        for j in 0..<f { dBeta[j] += sumDy[j]; dGamma[j] += sumDyXhat[j] }
        guard let dInput else { return }
        let invB = 1 / Float(batch)
        for r in 0..<batch {
            let dy = dOutput + r * f, h = xhat + r * f, dx = dInput + r * f
            for j in 0..<f {
                // with dx̂ = γ·dy: Σdx̂ = γ·Σdy and Σdx̂·x̂ = γ·Σdy·x̂
                dx[j] += gamma[j] * s[j] * (dy[j] - invB * sumDy[j] - h[j] * invB * sumDyXhat[j])
            }
        }
    }
}
