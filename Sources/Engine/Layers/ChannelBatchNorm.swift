/// Batch normalisation over channels (PyTorch's `BatchNorm2d`/`1d` on feature maps): statistics of
/// each channel over the batch and every position. On NHWC examples a batch [B × P·C] is
/// [B·P × C] rows, so this is `BatchNorm` over B·P rows of C features.
final class ChannelBatchNorm: Layer {
    let shape: InputShape
    private let norm: BatchNorm
    var inputFeatures: Int { shape.count }
    var outputFeatures: Int { shape.count }

    init(_ shape: InputShape) {
        self.shape = shape
        norm = BatchNorm(features: shape.channels, widthScales: false)
    }

    var parameterTensors: [ParameterTensor] { norm.parameterTensors }
    var stateCount: Int { norm.stateCount }
    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        norm.bind(parameters: parameters, gradients: gradients, state: state)
    }
    func resetState() { norm.resetState() }
    func prepare(maxBatch: Int) { norm.prepare(maxBatch: maxBatch * shape.positions) }

    // input [B × P·C] = [B·P × C] → output [B·P × C] = γ·x̂ + β (per channel)
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        norm.forward(input: input, output: output, batch: batch * shape.positions, mode: mode, random: &random)
    }

    // dOutput [B·P × C] → dγ, dβ, dInput as BatchNorm over B·P rows
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        norm.backward(input: input, output: output, dOutput: dOutput, dInput: dInput, batch: batch * shape.positions)
    }
}
