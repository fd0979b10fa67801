/// Starting from another network's weights: the body (every layer but the output layer) is copied,
/// the output layer keeps its fresh initialisation, sized for this network's classes.
extension Network {
    /// Parameters before the output layer's (every architecture ends in its linear head).
    var bodyParameterCount: Int {
        parameterCount - (body.layers.last?.parameterTensors.reduce(0) { $0 + $1.count } ?? 0)
    }

    /// The tensors of the output layer only.
    var headTensors: [ParameterTensor] { tensors.filter { $0.offset >= bodyParameterCount } }

    func checkpoint() -> Checkpoint {
        Checkpoint(parameters: Array(UnsafeBufferPointer(start: parameters.pointer, count: parameterCount)),
                   state: Array(UnsafeBufferPointer(start: state.pointer, count: stateCount)),
                   bodyCount: bodyParameterCount)
    }

    /// Copies the upstream body and its running statistics over this network's.
    func loadBody(_ upstream: Checkpoint) throws {
        guard upstream.bodyCount == bodyParameterCount, upstream.state.count == stateCount else {
            throw EngineError(.training, "the upstream weights (\(upstream.bodyCount) body parameters, \(upstream.state.count) statistics) do not fit this model's body (\(bodyParameterCount), \(stateCount))")
        }
        upstream.parameters.withUnsafeBufferPointer { parameters.pointer.update(from: $0.baseAddress!, count: bodyParameterCount) }
        upstream.state.withUnsafeBufferPointer { if let base = $0.baseAddress { state.pointer.update(from: base, count: stateCount) } }
    }
}
