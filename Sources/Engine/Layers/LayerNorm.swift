/// Layer normalisation over the features of each example.
final class LayerNorm: Layer {
    let features: Int
    let widthScales: Bool
    let epsilon: Float = 1e-5
    var inputFeatures: Int { features }
    var outputFeatures: Int { features }

    private var gamma: UnsafeMutablePointer<Float>!, beta: UnsafeMutablePointer<Float>!
    private var dGamma: UnsafeMutablePointer<Float>!, dBeta: UnsafeMutablePointer<Float>!
    private var normalised = Buffer(0)  // x̂ [B × F]
    private var inverseStd = Buffer(0)  // [B]

    init(features: Int, widthScales: Bool) {
        self.features = features
        self.widthScales = widthScales
    }

    var parameterTensors: [ParameterTensor] {
        [ParameterTensor(name: "gain", kind: .normGain, count: features, fanIn: 1, fanOut: features, fanInScales: false, fanOutScales: widthScales),
         ParameterTensor(name: "shift", kind: .normShift, count: features, fanIn: 1, fanOut: features, fanInScales: false, fanOutScales: widthScales)]
    }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        gamma = parameters; beta = parameters + features
        dGamma = gradients; dBeta = gradients + features
    }

    func prepare(maxBatch: Int) {
        normalised = Buffer(maxBatch * features)
        inverseStd = Buffer(maxBatch)
    }

    // input [B × F] → output [B × F] = γ·(x − mean_row)/std_row + β
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let f = features
        for r in 0..<batch {
            let x = input + r * f, y = output + r * f, h = normalised.pointer + r * f
            var mean: Float = 0
            for j in 0..<f { mean += x[j] }
            mean /= Float(f)
            var variance: Float = 0
            for j in 0..<f { let d = x[j] - mean; variance += d * d }
            variance /= Float(f)
            let s = 1 / (variance + epsilon).squareRoot()
            inverseStd.pointer[r] = s
            for j in 0..<f {
                let n = (x[j] - mean) * s
                h[j] = n
                y[j] = gamma[j] * n + beta[j]
            }
        }
    }

    // dOutput [B × F] → dγ += Σ dy·x̂, dβ += Σ dy, dInput += s·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)), dx̂ = γ·dy
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        let f = features
        for r in 0..<batch {
            let dy = dOutput + r * f, h = normalised.pointer + r * f
            var meanD: Float = 0, meanDH: Float = 0
            for j in 0..<f {
                dBeta[j] += dy[j]
                dGamma[j] += dy[j] * h[j]
                let d = gamma[j] * dy[j]
                meanD += d
                meanDH += d * h[j]
            }
            guard let dInput else { continue }
            meanD /= Float(f); meanDH /= Float(f)
            let s = inverseStd.pointer[r], dx = dInput + r * f
            for j in 0..<f { dx[j] += s * (gamma[j] * dy[j] - meanD - h[j] * meanDH) }
        }
    }
}
