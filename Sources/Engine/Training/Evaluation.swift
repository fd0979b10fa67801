/// Loss (and accuracy) of a network on labelled batches, shared by training and evaluation.
final class LossComputer {
    let task: Task
    let outputs: Int
    let labelStorage: UnsafeMutablePointer<Int32>  // [maxBatch]
    let targets: Buffer      // [maxBatch × outputs]
    let probabilities: Buffer

    init(task: Task, outputs: Int, maxBatch: Int) {
        self.task = task
        self.outputs = outputs
        labelStorage = .allocate(capacity: maxBatch)
        labelStorage.initialize(repeating: 0, count: maxBatch)
        targets = Buffer(task == .regression ? maxBatch * outputs : 0)
        probabilities = Buffer(task == .classification ? maxBatch * outputs : 0)
    }

    deinit { labelStorage.deallocate() }

    /// Copies the examples at `indices` of `split` into the network's input and this batch.
    func gather(_ split: Split, indices: UnsafeBufferPointer<Int>, features: Int, into network: Network) {
        split.inputs.withUnsafeBufferPointer { x in
            for (row, i) in indices.enumerated() {
                (network.input.pointer + row * features).update(from: x.baseAddress! + i * features, count: features)
            }
        }
        switch task {
        case .classification:
            split.labels.withUnsafeBufferPointer { y in
                for (row, i) in indices.enumerated() { labelStorage[row] = y[i] }
            }
        case .regression:
            split.targets.withUnsafeBufferPointer { t in
                for (row, i) in indices.enumerated() {
                    (targets.pointer + row * outputs).update(from: t.baseAddress! + i * outputs, count: outputs)
                }
            }
        }
    }

    /// The summed loss and correct count of the network's current outputs.
    func loss(_ network: Network, batch: Int) -> (lossSum: Double, correct: Int) {
        switch task {
        case .classification:
            return SoftmaxCrossEntropy.forward(logits: network.output.pointer, labels: labelStorage,
                                               probabilities: probabilities.pointer, batch: batch, classes: outputs)
        case .regression:
            let sum = MeanSquaredError.forward(predictions: network.output.pointer, targets: targets.pointer, batch: batch, outputs: outputs)
            return (sum / Double(outputs), 0)
        }
    }

    /// Writes the loss gradient of the last `loss` call into the network's dOutput.
    func backward(_ network: Network, batch: Int) {
        Vector.zero(network.dOutput.pointer, batch * outputs)
        switch task {
        case .classification:
            SoftmaxCrossEntropy.backward(probabilities: probabilities.pointer, labels: labelStorage,
                                         dLogits: network.dOutput.pointer, batch: batch, classes: outputs)
        case .regression:
            MeanSquaredError.backward(predictions: network.output.pointer, targets: targets.pointer,
                                      dPredictions: network.dOutput.pointer, batch: batch, outputs: outputs)
        }
    }

    /// Mean loss and accuracy (nil for regression) over the first `limit` examples of `split`,
    /// in evaluation mode.
    func evaluate(_ network: Network, on split: Split, features: Int, limit: Int = .max) -> (loss: Double, accuracy: Double?) {
        let count = min(split.count, limit)
        guard count > 0 else { return (.nan, nil) }
        var lossSum = 0.0, correct = 0, start = 0
        var unused = RandomStream(seed: 0, purpose: .dropout)
        let indices = Array(0..<count)
        indices.withUnsafeBufferPointer { all in
            while start < count {
                let rows = min(network.maxBatch, count - start)
                gather(split, indices: UnsafeBufferPointer(rebasing: all[start..<(start + rows)]), features: features, into: network)
                network.forward(batch: rows, mode: .eval, random: &unused)
                let (l, c) = loss(network, batch: rows)
                lossSum += l
                correct += c
                start += rows
            }
        }
        return (lossSum / Double(count), task == .classification ? Double(correct) / Double(count) : nil)
    }
}
