/// The infinite-data regime: inputs x ~ N(0, I), labels from a random teacher MLP
/// (ReLU, standard initialisation, all from the data seed). Regression targets are scaled to unit
/// variance on the training split, then get Gaussian noise; classification takes the argmax.
enum TeacherDataset {
    /// What `fingerprint` (and the generator) reads from a configuration.
    static let fingerprintKeys = [AnyConfigKey(ConfigKeys.dataset), AnyConfigKey(ConfigKeys.teacher), AnyConfigKey(ConfigKeys.trainSize),
                                  AnyConfigKey(ConfigKeys.valSize), AnyConfigKey(ConfigKeys.testSize), AnyConfigKey(ConfigKeys.dataSeed)]

    /// The generator's name, version and parameters.
    static func fingerprint(_ spec: TeacherSpec, train: Int, validation: Int, test: Int, seed: UInt64) -> String {
        "teacher/v1 task=\(spec.task.rawValue) inputs=\(spec.inputs) width=\(spec.width) depth=\(spec.depth) outputs=\(spec.outputs) noise=\(spec.noise) train=\(train) val=\(validation) test=\(test) seed=\(seed)"
    }

    static func dataset(_ spec: TeacherSpec, train: Int, validation: Int, test: Int, seed: UInt64) -> Dataset {
        let architecture = Architecture(model: .mlp, inputs: spec.inputs, outputs: spec.outputs,
                                        width: spec.width, depth: spec.depth, activation: .relu)
        let chunk = 256
        let teacher = Network(architecture, maxBatch: chunk)
        var weights = RandomStream(seed: seed, purpose: .dataGeneration, substream: 0)
        teacher.initialise(.standard(.sgd), random: &weights)

        var splits: [(inputs: [Float], outputs: [Float])] = []
        for (index, count) in [train, validation, test].enumerated() {
            var random = RandomStream(seed: seed, purpose: .dataGeneration, substream: UInt64(index + 1))
            let inputs = (0..<(count * spec.inputs)).map { _ in Float(random.normal()) }
            var outputs = [Float](repeating: 0, count: count * spec.outputs)
            var unused = random
            var start = 0
            while start < count {
                let rows = min(chunk, count - start)
                inputs.withUnsafeBufferPointer { teacher.input.pointer.update(from: $0.baseAddress! + start * spec.inputs, count: rows * spec.inputs) }
                teacher.forward(batch: rows, mode: .eval, random: &unused)
                outputs.withUnsafeMutableBufferPointer { $0.baseAddress!.advanced(by: start * spec.outputs).update(from: teacher.output.pointer, count: rows * spec.outputs) }
                start += rows
            }
            splits.append((inputs, outputs))
        }

        var result: [Split] = []
        switch spec.task {
        case .classification:
            for s in splits {
                let count = s.outputs.count / spec.outputs
                let labels = (0..<count).map { r -> Int32 in
                    let row = s.outputs[(r * spec.outputs)..<((r + 1) * spec.outputs)]
                    return Int32(row.indices.max { row[$0] < row[$1] }! - r * spec.outputs)
                }
                result.append(Split(count: count, inputs: s.inputs, labels: labels))
            }
        case .regression:
            let trainOutputs = splits[0].outputs
            let mean = trainOutputs.reduce(0.0) { $0 + Double($1) } / Double(max(trainOutputs.count, 1))
            let variance = trainOutputs.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(max(trainOutputs.count, 1))
            let scale = 1 / max(variance.squareRoot(), 1e-12)
            for (index, s) in splits.enumerated() {
                var noise = RandomStream(seed: seed, purpose: .dataGeneration, substream: UInt64(index + 10))
                let targets = s.outputs.map { Float((Double($0) - mean) * scale + spec.noise * noise.normal()) }
                result.append(Split(count: s.outputs.count / spec.outputs, inputs: s.inputs, targets: targets))
            }
        }
        return Dataset(
            name: "teacher", task: spec.task, features: spec.inputs, outputs: spec.outputs,
            train: result[0], validation: result[1], test: result[2],
            fingerprint: fingerprint(spec, train: train, validation: validation, test: test, seed: seed))
    }
}
