/// The state of one training run between steps: network, optimiser, random streams, data order.
/// `step` is the whole training step; it allocates nothing.
final class TrainingRun {
    let config: TrialConfig  // resolved
    let dataset: Dataset
    /// The training examples used: the dataset's, or a group-balanced subset of them.
    let train: Split
    let batch: Int
    let stepsPerEpoch: Int
    let totalSteps: Int
    let warmup: Int
    let network: Network
    let losses: LossComputer
    /// nil for plain ERM (subsampled or not), which keeps the original step exactly.
    let groupTraining: GroupTraining?
    private let optimizer: Optimizer
    private let groups: [ParameterGroup]
    /// `.eval` under a linear probe: the frozen body keeps its running statistics, no dropout.
    private let trainingMode: Mode
    private var dataOrder: RandomStream
    private var dropout: RandomStream
    private var order: [Int]
    private var cursor = 0

    /// `start`: an upstream network's weights, whose body this run begins from (`from:`).
    init(config c: TrialConfig, seed: UInt64, dataset data: Dataset, start: Checkpoint? = nil) throws {
        guard data.train.count > 0 else { throw EngineError(.training, "the training set is empty") }
        config = c
        dataset = data
        guard data.groupCount > 0 || (c.objective == .erm && (c.groupWeighting == nil || c.groupWeighting == GroupWeighting.none)) else {
            throw EngineError(.training, "objective \(c.objective.rawValue) and group_weighting need a dataset with groups")
        }
        if c.groupWeighting == .subsample {
            train = data.train.groupBalancedSubset(groupCount: data.groupCount, seed: c[ConfigKeys.dataSeed],
                                                   features: data.features, outputs: data.outputs)
        } else {
            train = data.train
        }
        batch = min(c.batch, train.count)
        stepsPerEpoch = max(1, train.count / batch)
        totalSteps = c.totalSteps(stepsPerEpoch: stepsPerEpoch)
        warmup = c.warmupSteps(totalSteps: totalSteps)

        let architecture = Architecture(
            model: c.model, inputs: data.features, outputs: data.outputs, width: c.width, depth: c.depth,
            activation: c.activation, norm: c[ConfigKeys.norm], dropout: Float(c.dropout), shape: data.inputShape)
        network = Network(architecture, maxBatch: max(batch, 256))
        let rule = ParametrizationRule(
            parametrization: c.parametrization,
            widthMultiplier: Double(c.width) / Double(c.parametrization == .mup ? c[ConfigKeys.baseWidth] : max(c.width, 1)), optimizer: c.optimizer)
        var initialisation = RandomStream(seed: seed, purpose: .initialisation)
        network.initialise(rule, initialization: c.initialization ?? .he, random: &initialisation)
        if let start { try network.loadBody(start) }
        // A linear probe updates the new output layer only: the body stays bit for bit as it came.
        let frozen = start != nil && c.probe != .finetune
        trainingMode = frozen ? .eval : .train
        groups = (frozen ? network.headTensors : network.tensors).map {
            ParameterGroup(offset: $0.offset, count: $0.count, learningRateScale: Float(rule.learningRateScale($0)), decays: $0.kind == .weight)
        }
        optimizer = Optimizer(
            kind: c.optimizer, parameterCount: network.parameterCount, momentum: c[ConfigKeys.momentum],
            nesterov: c[ConfigKeys.nesterov], weightDecay: c[ConfigKeys.weightDecay], beta1: c[ConfigKeys.beta1], beta2: c[ConfigKeys.beta2])
        losses = LossComputer(task: data.task, outputs: data.outputs, maxBatch: network.maxBatch)
        if c.objective != .erm || c.groupWeighting == .reweight {
            groupTraining = GroupTraining(config: c, trainingGroupSizes: train.indicesByGroup(data.groupCount).map(\.count),
                                          maxBatch: network.maxBatch, parameterCount: network.parameterCount)
        } else {
            groupTraining = nil
        }
        dataOrder = RandomStream(seed: seed, purpose: .dataOrder)
        dropout = RandomStream(seed: seed, purpose: .dropout)
        order = dataOrder.permutation(train.count)
    }

    /// Step `index` (0-based): next batch of the seeded order (reshuffled each epoch), forward,
    /// loss, backward, optimiser update at the scheduled learning rate. Returns the batch's mean
    /// loss and correct count; a non-finite loss stops before any parameter changes.
    /// Under a group objective the returned loss is still the batch's plain mean loss.
    func step(_ index: Int) -> (loss: Double, correct: Int, lr: Double) {
        let train = self.train
        if cursor + batch > train.count {
            dataOrder.shuffle(&order)
            cursor = 0
        }
        order.withUnsafeBufferPointer { o in
            let indices = UnsafeBufferPointer(rebasing: o[cursor..<(cursor + batch)])
            losses.gather(train, indices: indices, features: dataset.features, into: network)
            groupTraining?.gather(train, indices: indices)
        }
        cursor += batch
        network.forward(batch: batch, mode: trainingMode, random: &dropout)
        let (lossSum, correct) = losses.loss(network, batch: batch, rowLosses: groupTraining?.rowLosses.pointer)
        let loss = lossSum / Double(batch)
        let lr = config.schedule.learningRate(step: index, total: totalSteps, base: config.lr, warmup: warmup)
        guard loss.isFinite else { return (loss, correct, lr) }
        if let groupTraining {
            groupTraining.computeGradients(network, losses, batch: batch, step: index)
        } else {
            losses.backward(network, batch: batch)
            network.zeroGradients()
            network.backward(batch: batch)
        }
        optimizer.step(parameters: network.parameters.pointer, gradients: network.gradients.pointer, lr: lr, groups: groups)
        return (loss, correct, lr)
    }

    func evaluate(_ split: Split, limit: Int = .max) -> (loss: Double, accuracy: Double?) {
        losses.evaluate(network, on: split, features: dataset.features, limit: limit)
    }
}
