import Foundation

/// An element-wise non-linearity.
final class ActivationLayer: Layer {
    let function: Activation
    let features: Int
    var inputFeatures: Int { features }
    var outputFeatures: Int { features }

    init(_ function: Activation, features: Int) {
        self.function = function
        self.features = features
    }

    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let n = batch * features
        switch function {
        case .relu: ActivationLayer.reluForward(input, output, n)
        case .gelu: ActivationLayer.geluForward(input, output, n)
        case .tanh: ActivationLayer.tanhForward(input, output, n)
        }
    }

    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        guard let dInput else { return }
        let n = batch * features
        switch function {
        case .relu: ActivationLayer.reluBackward(output, dOutput, dInput, n)
        case .gelu: ActivationLayer.geluBackward(input, dOutput, dInput, n)
        case .tanh: ActivationLayer.tanhBackward(output, dOutput, dInput, n)
        }
    }

    // x [N] → y [N] = max(x, 0)
    // (SIMD masks compile to packed compares and ands; pointwiseMax would be per-lane scalar.)
    static func reluForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        var i = 0
        while i + 16 <= n {
            let v = Vector.load(x + i)
            Vector.store(v.replacing(with: 0, where: v .< 0), y + i)
            i += 16
        }
        while i < n { y[i] = x[i] > 0 ? x[i] : 0; i += 1 }
    }

    // y [N], dy [N] → dx [N] += dy · 1[y > 0]
    static func reluBackward(_ y: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>, _ n: Int) {
        var i = 0
        while i + 16 <= n {
            let g = Vector.load(dy + i)
            let masked = g.replacing(with: 0, where: Vector.load(y + i) .<= 0)
            Vector.store(Vector.load(dx + i) + masked, dx + i)
            i += 16
        }
        while i < n { if y[i] > 0 { dx[i] += dy[i] }; i += 1 }
    }

    // GELU, tanh approximation (as in GPT-2 and llm.c): y = ½x(1 + tanh(√(2/π)(x + 0.044715x³)))
    static let geluScale: Float = (2 / Float.pi).squareRoot()

    // x [N] → y [N]
    static func geluForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        for i in 0..<n {
            let v = x[i]
            let u = geluScale * (v + 0.044715 * v * v * v)
            y[i] = 0.5 * v * (1 + tanhf(u))
        }
    }

    // x [N], dy [N] → dx [N] += dy · GELU'(x)
    static func geluBackward(_ x: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>, _ n: Int) {
        for i in 0..<n {
            let v = x[i]
            let u = geluScale * (v + 0.044715 * v * v * v)
            let t = tanhf(u)
            let sech2 = 1 - t * t
            let local = 0.5 * (1 + t) + 0.5 * v * sech2 * geluScale * (1 + 3 * 0.044715 * v * v)
            dx[i] += dy[i] * local
        }
    }

    // x [N] → y [N] = tanh(x)
    static func tanhForward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        for i in 0..<n { y[i] = tanhf(x[i]) }
    }

    // y [N], dy [N] → dx [N] += dy · (1 − y²)
    static func tanhBackward(_ y: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>, _ n: Int) {
        for i in 0..<n { dx[i] += dy[i] * (1 - y[i] * y[i]) }
    }
}
