/// A fully connected layer: y = x·Wᵀ + b with W stored [out × in] (PyTorch's layout).
final class Linear: Layer {
    let inputFeatures: Int
    let outputFeatures: Int
    let hasBias: Bool
    /// Whether each dimension grows with the model width (μP needs to know).
    let inputScales: Bool
    let outputScales: Bool
    let gain: Double

    private(set) var weight: UnsafeMutablePointer<Float>!
    private(set) var bias: UnsafeMutablePointer<Float>?
    private(set) var dWeight: UnsafeMutablePointer<Float>!
    private(set) var dBias: UnsafeMutablePointer<Float>?

    init(_ inputFeatures: Int, _ outputFeatures: Int, bias: Bool = true,
         inputScales: Bool = false, outputScales: Bool = false, gain: Double = 1) {
        self.inputFeatures = inputFeatures
        self.outputFeatures = outputFeatures
        self.hasBias = bias
        self.inputScales = inputScales
        self.outputScales = outputScales
        self.gain = gain
    }

    var parameterTensors: [ParameterTensor] {
        var tensors = [ParameterTensor(
            name: "weight", kind: .weight, count: inputFeatures * outputFeatures,
            fanIn: inputFeatures, fanOut: outputFeatures,
            fanInScales: inputScales, fanOutScales: outputScales, gain: gain)]
        if hasBias {
            tensors.append(ParameterTensor(
                name: "bias", kind: .bias, count: outputFeatures, fanIn: 1, fanOut: outputFeatures,
                fanInScales: false, fanOutScales: outputScales))
        }
        return tensors
    }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        weight = parameters
        dWeight = gradients
        if hasBias {
            bias = parameters + inputFeatures * outputFeatures
            dBias = gradients + inputFeatures * outputFeatures
        }
    }

    var matmulFlopsPerExample: Int { 2 * inputFeatures * outputFeatures }
    var firstMatmulFlopsPerExample: Int? { matmulFlopsPerExample }

    // input [B × I], weight [O × I], bias [O] → output [B × O]
    // The bias is written first and the GEMM accumulates onto it (beta = 1): one pass over the
    // output instead of OpenBLAS zeroing it (beta = 0) and a second pass adding the bias.
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        if let bias {
            for r in 0..<batch { Vector.copy(bias, to: output + r * outputFeatures, outputFeatures) }
        }
        Gemm.multiply(transposeA: false, transposeB: true, m: batch, n: outputFeatures, k: inputFeatures,
                      a: input, b: weight, beta: bias == nil ? 0 : 1, c: output)
    }

    // dOutput [B × O] → dWeight [O × I] += dOutputᵀ·input, dBias [O] += Σ_rows dOutput,
    //                    dInput [B × I] += dOutput·weight
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        Gemm.multiply(transposeA: true, transposeB: false, m: outputFeatures, n: inputFeatures, k: batch,
                      a: dOutput, b: input, beta: 1, c: dWeight)
        if let dBias {
            Vector.addColumnSums(dOutput, rows: batch, columns: outputFeatures, into: dBias)
        }
        if let dInput {  // nil for a network's first layer: no gradient for the data
            Gemm.multiply(transposeA: false, transposeB: false, m: batch, n: inputFeatures, k: outputFeatures,
                          a: dOutput, b: weight, beta: 1, c: dInput)
        }
    }
}
