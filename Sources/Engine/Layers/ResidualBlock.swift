/// y = s(x) + f(x), where f is a stack of layers and s the identity, or a projection when f
/// changes the shape (He et al. 2016's option B: a strided 1×1 convolution and batch norm).
final class ResidualBlock: Layer {
    let branch: Sequential
    let shortcut: Sequential?
    private var branchOutput = Buffer(0)    // f(x) [B × O], kept so backward sees f's own output
    private var shortcutOutput = Buffer(0)  // s(x) [B × O] when s is a projection

    init(_ layers: [Layer], shortcut: [Layer]? = nil) {
        branch = Sequential(layers)
        self.shortcut = shortcut.map(Sequential.init)
        precondition(branch.inputFeatures == (self.shortcut?.inputFeatures ?? branch.outputFeatures))
        precondition(branch.outputFeatures == (self.shortcut?.outputFeatures ?? branch.outputFeatures))
    }

    var inputFeatures: Int { branch.inputFeatures }
    var outputFeatures: Int { branch.outputFeatures }
    var parameterTensors: [ParameterTensor] { branch.parameterTensors + (shortcut?.parameterTensors ?? []) }
    var stateCount: Int { branch.stateCount + (shortcut?.stateCount ?? 0) }
    var matmulFlopsPerExample: Int { branch.matmulFlopsPerExample + (shortcut?.matmulFlopsPerExample ?? 0) }
    var firstMatmulFlopsPerExample: Int? { branch.firstMatmulFlopsPerExample }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        branch.bind(parameters: parameters, gradients: gradients, state: state)
        let p = branch.parameterTensors.reduce(0) { $0 + $1.count }
        shortcut?.bind(parameters: parameters + p, gradients: gradients + p, state: state + branch.stateCount)
    }
    func resetState() { branch.resetState(); shortcut?.resetState() }
    func prepare(maxBatch: Int) {
        branchOutput = Buffer(maxBatch * outputFeatures)
        branch.prepare(maxBatch: maxBatch)
        if let shortcut {
            shortcutOutput = Buffer(maxBatch * outputFeatures)
            shortcut.prepare(maxBatch: maxBatch)
        }
    }

    // input [B × I] → output [B × O] = s(input) + f(input)
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let n = batch * outputFeatures
        branch.forward(input: input, output: branchOutput.pointer, batch: batch, mode: mode, random: &random)
        if let shortcut {
            shortcut.forward(input: input, output: shortcutOutput.pointer, batch: batch, mode: mode, random: &random)
            Vector.copy(shortcutOutput.pointer, to: output, n)
        } else {
            Vector.copy(input, to: output, n)
        }
        Vector.add(branchOutput.pointer, into: output, n)
    }

    // dOutput [B × O] → dInput [B × I] += s'(input)ᵀ·dOutput (skip) + f'(input)ᵀ·dOutput (branch)
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        branch.backward(input: input, output: branchOutput.pointer, dOutput: dOutput, dInput: dInput, batch: batch)
        if let shortcut {
            shortcut.backward(input: input, output: shortcutOutput.pointer, dOutput: dOutput, dInput: dInput, batch: batch)
        } else if let dInput {
            Vector.add(dOutput, into: dInput, batch * outputFeatures)
        }
    }
}
