/// y = x + f(x), where f is a stack of layers that keeps the width.
final class ResidualBlock: Layer {
    let branch: Sequential
    private var branchOutput = Buffer(0)  // f(x) [B × F], kept so backward sees f's own output

    init(_ layers: [Layer]) {
        branch = Sequential(layers)
        precondition(branch.inputFeatures == branch.outputFeatures)
    }

    var inputFeatures: Int { branch.inputFeatures }
    var outputFeatures: Int { branch.outputFeatures }
    var parameterTensors: [ParameterTensor] { branch.parameterTensors }
    var stateCount: Int { branch.stateCount }
    var matmulFlopsPerExample: Int { branch.matmulFlopsPerExample }
    var linearLayers: [Linear] { branch.linearLayers }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        branch.bind(parameters: parameters, gradients: gradients, state: state)
    }
    func resetState() { branch.resetState() }
    func prepare(maxBatch: Int) {
        branchOutput = Buffer(maxBatch * outputFeatures)
        branch.prepare(maxBatch: maxBatch)
    }

    // input [B × F] → output [B × F] = input + f(input)
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let n = batch * outputFeatures
        branch.forward(input: input, output: branchOutput.pointer, batch: batch, mode: mode, random: &random)
        Vector.copy(input, to: output, n)
        Vector.add(branchOutput.pointer, into: output, n)
    }

    // dOutput [B × F] → dInput [B × F] += dOutput (skip) + f'(input)ᵀ·dOutput (branch)
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        branch.backward(input: input, output: branchOutput.pointer, dOutput: dOutput, dInput: dInput, batch: batch)
        if let dInput { Vector.add(dOutput, into: dInput, batch * outputFeatures) }
    }
}
