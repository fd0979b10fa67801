/// Layers applied one after another; owns the activations and gradients between them.
final class Sequential: Layer {
    let layers: [Layer]
    private var activations: [Buffer] = []  // output of layer i, for i < count − 1
    private var gradients: [Buffer] = []

    init(_ layers: [Layer]) {
        precondition(!layers.isEmpty)
        for (a, b) in zip(layers, layers.dropFirst()) { precondition(a.outputFeatures == b.inputFeatures) }
        self.layers = layers
    }

    var inputFeatures: Int { layers[0].inputFeatures }
    var outputFeatures: Int { layers[layers.count - 1].outputFeatures }
    var parameterTensors: [ParameterTensor] { layers.flatMap(\.parameterTensors) }
    var stateCount: Int { layers.reduce(0) { $0 + $1.stateCount } }
    var matmulFlopsPerExample: Int { layers.reduce(0) { $0 + $1.matmulFlopsPerExample } }
    var firstMatmulFlopsPerExample: Int? { layers.lazy.compactMap(\.firstMatmulFlopsPerExample).first }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        var p = 0, s = 0
        for layer in layers {
            layer.bind(parameters: parameters + p, gradients: gradients + p, state: state + s)
            p += layer.parameterTensors.reduce(0) { $0 + $1.count }
            s += layer.stateCount
        }
    }

    func resetState() { layers.forEach { $0.resetState() } }

    func prepare(maxBatch: Int) {
        activations = layers.dropLast().map { Buffer(maxBatch * $0.outputFeatures) }
        gradients = layers.dropLast().map { Buffer(maxBatch * $0.outputFeatures) }
        layers.forEach { $0.prepare(maxBatch: maxBatch) }
    }

    /// The output of layer `index` from the last forward pass ([B × features]).
    func activation(after index: Int) -> UnsafeMutablePointer<Float> { activations[index].pointer }

    // input [B × I] → output [B × O] through every layer
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let last = layers.count - 1
        for i in 0...last {
            let x = i == 0 ? input : UnsafePointer(activations[i - 1].pointer)
            let y = i == last ? output : activations[i].pointer
            layers[i].forward(input: x, output: y, batch: batch, mode: mode, random: &random)
        }
    }

    // dOutput [B × O] → parameter gradients, dInput [B × I] += …
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        let last = layers.count - 1
        for i in 0..<last { Vector.zero(gradients[i].pointer, batch * layers[i].outputFeatures) }
        for i in stride(from: last, through: 0, by: -1) {
            let x = i == 0 ? input : UnsafePointer(activations[i - 1].pointer)
            let y = i == last ? output : UnsafePointer(activations[i].pointer)
            let dy = i == last ? dOutput : UnsafePointer(gradients[i].pointer)
            let dx = i == 0 ? dInput : gradients[i - 1].pointer
            layers[i].backward(input: x, output: y, dOutput: dy, dInput: dx, batch: batch)
        }
    }
}
