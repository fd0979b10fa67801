

/// A layer with an explicit forward and backward pass.
///
/// `forward` writes its output (it may cache what backward needs); `backward` adds the
/// gradients of its parameters into the bound gradient buffer and, when `dInput` is not nil,
/// adds the gradient with respect to its input into `dInput`. Nothing is allocated after
/// `prepare(maxBatch:)`.
protocol Layer: AnyObject {
    var inputFeatures: Int { get }
    var outputFeatures: Int { get }
    /// Parameter tensors in the order they are laid out (relative offsets filled by the network).
    var parameterTensors: [ParameterTensor] { get }
    /// Floats of non-trained state (batch norm running statistics).
    var stateCount: Int { get }
    /// Points the layer at its slice of the flat parameter, gradient and state buffers.
    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>)
    /// Sets initial state (running statistics); parameters are initialised by the network.
    func resetState()
    /// Allocates caches for batches up to `maxBatch` rows.
    func prepare(maxBatch: Int)
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream)
    func backward(
        input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
        dInput: UnsafeMutablePointer<Float>?, batch: Int)
    /// FLOPs per example of the forward matrix products (2 per multiply-add); see
    /// `Network.trainingFlopsPerExample`.
    var matmulFlopsPerExample: Int { get }
    /// The forward FLOPs of the first matrix-product layer (linear or convolution), whose input
    /// gradient a network does not compute; nil when the layer has none.
    var firstMatmulFlopsPerExample: Int? { get }
}

extension Layer {
    var parameterTensors: [ParameterTensor] { [] }
    var stateCount: Int { 0 }
    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {}
    func resetState() {}
    func prepare(maxBatch: Int) {}
    var matmulFlopsPerExample: Int { 0 }
    var firstMatmulFlopsPerExample: Int? { nil }
}
