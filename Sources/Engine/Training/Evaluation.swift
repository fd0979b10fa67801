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

    /// The summed loss and correct count of the network's current outputs; each example's loss
    /// goes to `rowLosses` when given (group objectives need them).
    func loss(_ network: Network, batch: Int, rowLosses: UnsafeMutablePointer<Float>? = nil) -> (lossSum: Double, correct: Int) {
        switch task {
        case .classification:
            return SoftmaxCrossEntropy.forward(logits: network.output.pointer, labels: labelStorage,
                                               probabilities: probabilities.pointer, rowLosses: rowLosses, batch: batch, classes: outputs)
        case .regression:
            let sum = MeanSquaredError.forward(predictions: network.output.pointer, targets: targets.pointer, batch: batch, outputs: outputs)
            if let rowLosses {
                MeanSquaredError.rowLosses(predictions: network.output.pointer, targets: targets.pointer, rowLosses: rowLosses,
                                           batch: batch, outputs: outputs)
            }
            return (sum / Double(outputs), 0)
        }
    }

    /// Writes into dOutput the gradient of Σ_r weights[r]·ℓ_r for the last `loss` call.
    func backward(_ network: Network, batch: Int, weights: UnsafePointer<Float>) {
        Vector.zero(network.dOutput.pointer, batch * outputs)
        switch task {
        case .classification:
            SoftmaxCrossEntropy.backward(probabilities: probabilities.pointer, labels: labelStorage, weights: weights,
                                         dLogits: network.dOutput.pointer, batch: batch, classes: outputs)
        case .regression:
            MeanSquaredError.backward(predictions: network.output.pointer, targets: targets.pointer, weights: weights,
                                      dPredictions: network.dOutput.pointer, batch: batch, outputs: outputs)
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
        evaluate(network, on: split, features: features, indices: Array(0..<min(split.count, limit)))
    }

    /// Mean loss and accuracy over the examples at `indices` (one group's, say).
    func evaluate(_ network: Network, on split: Split, features: Int, indices: [Int]) -> (loss: Double, accuracy: Double?) {
        let count = indices.count
        guard count > 0 else { return (.nan, nil) }
        var lossSum = 0.0, correct = 0, start = 0
        var unused = RandomStream(seed: 0, purpose: .dropout)
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
