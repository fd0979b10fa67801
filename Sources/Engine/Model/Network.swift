/// A built model: its layers, one flat buffer of parameters, one of gradients, one of state
/// (running statistics), and the input/output buffers of a batch. Allocation happens here only.
final class Network {
    let body: Sequential
    let architecture: Architecture
    let maxBatch: Int
    let parameterCount: Int
    let stateCount: Int
    /// Parameter tensors with absolute offsets into `parameters`.
    let tensors: [ParameterTensor]

    let parameters: Buffer
    let gradients: Buffer
    let state: Buffer
    /// The batch being trained or evaluated: inputs [B × inputs], outputs [B × outputs], dOutputs.
    let input: Buffer
    let output: Buffer
    let dOutput: Buffer

    init(_ architecture: Architecture, maxBatch: Int) {
        self.architecture = architecture
        self.maxBatch = maxBatch
        body = architecture.build()
        var offset = 0
        var laidOut: [ParameterTensor] = []
        for var t in body.parameterTensors {
            t.offset = offset
            offset += t.count
            laidOut.append(t)
        }
        tensors = laidOut
        parameterCount = offset
        stateCount = body.stateCount
        parameters = Buffer(parameterCount)
        gradients = Buffer(parameterCount)
        state = Buffer(stateCount)
        input = Buffer(maxBatch * architecture.inputs)
        output = Buffer(maxBatch * architecture.outputs)
        dOutput = Buffer(maxBatch * architecture.outputs)
        body.bind(parameters: parameters.pointer, gradients: gradients.pointer, state: state.pointer)
        body.prepare(maxBatch: maxBatch)
        body.resetState()
    }

    /// Draws initial parameters: weights N(0, (gain²/fan_in)·μP factor), biases 0, norm gains 1;
    /// under `pytorch`, nn.Linear's weights U(−b, b) with b = μP factor/√fan_in and biases
    /// U(−1/√fan_in, 1/√fan_in) (fan_in of the layer's weight), as torch.nn.Linear documents.
    func initialise(_ parametrization: ParametrizationRule, initialization: Initialization = .he, random: inout RandomStream) {
        var weightFanIn = 1
        for t in tensors {
            let p = parameters.pointer + t.offset
            switch (t.kind, initialization) {
            case (.weight, .he):
                let std = t.gain / Double(t.fanIn).squareRoot() * parametrization.initialScale(t)
                for i in 0..<t.count { p[i] = Float(std * random.normal()) }
                weightFanIn = t.fanIn
            case (.weight, .pytorch):
                let bound = parametrization.initialScale(t) / Double(t.fanIn).squareRoot()
                for i in 0..<t.count { p[i] = Float(bound * (2 * random.uniform() - 1)) }
                weightFanIn = t.fanIn
            case (.bias, .pytorch):
                let bound = 1 / Double(weightFanIn).squareRoot()
                for i in 0..<t.count { p[i] = Float(bound * (2 * random.uniform() - 1)) }
            case (.bias, .he), (.normShift, _):
                p.update(repeating: 0, count: t.count)
            case (.normGain, _):
                p.update(repeating: 1, count: t.count)
            }
        }
        body.resetState()
    }

    func zeroGradients() { Vector.zero(gradients.pointer, parameterCount) }

    // input [B × inputs] → output [B × outputs]
    func forward(batch: Int, mode: Mode, random: inout RandomStream) {
        body.forward(input: input.pointer, output: output.pointer, batch: batch, mode: mode, random: &random)
    }

    // dOutput [B × outputs] → gradients += ∂loss/∂parameters (no input gradient)
    func backward(batch: Int) {
        body.backward(input: input.pointer, output: output.pointer, dOutput: dOutput.pointer, dInput: nil, batch: batch)
    }

    /// FLOPs of one training example: forward 2·in·out per linear layer (2·Ho·Wo·kh·kw·C·O per
    /// convolution), backward twice that, minus the first such layer's input gradient.
    /// Element-wise work (norms, pooling, activations) is not counted.
    var trainingFlopsPerExample: Int {
        3 * body.matmulFlopsPerExample - (body.firstMatmulFlopsPerExample ?? 0)
    }

    /// A copy of parameters and state (for restoring the best step under early stopping).
    func snapshot() -> [Float] {
        Array(UnsafeBufferPointer(start: parameters.pointer, count: parameterCount))
            + Array(UnsafeBufferPointer(start: state.pointer, count: stateCount))
    }

    func restore(_ snapshot: [Float]) {
        snapshot.withUnsafeBufferPointer { s in
            parameters.pointer.update(from: s.baseAddress!, count: parameterCount)
            state.pointer.update(from: s.baseAddress! + parameterCount, count: stateCount)
        }
    }
}
