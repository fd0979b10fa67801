/// The state of one training run between steps: network, optimiser, random streams, data order.
/// `step` is the whole training step; it allocates nothing.
final class TrainingRun {
    let config: TrialConfig  // resolved
    let dataset: Dataset
    let batch: Int
    let stepsPerEpoch: Int
    let totalSteps: Int
    let warmup: Int
    let network: Network
    let losses: LossComputer
    private let optimizer: Optimizer
    private let groups: [ParameterGroup]
    private var dataOrder: RandomStream
    private var dropout: RandomStream
    private var order: [Int]
    private var cursor = 0

    init(config c: TrialConfig, seed: UInt64, dataset data: Dataset) throws {
        guard data.train.count > 0 else { throw EngineError(.training, "the training set is empty") }
        config = c
        dataset = data
        batch = min(c.batch, data.train.count)
        stepsPerEpoch = max(1, data.train.count / batch)
        totalSteps = c.steps ?? (c.epochs ?? 1) * stepsPerEpoch
        warmup = c.warmup ?? max(1, totalSteps / 20)

        let architecture = Architecture(
            model: c.model, inputs: data.features, outputs: data.outputs, width: c.width, depth: c.depth,
            activation: c.activation, norm: c.norm ?? .none, dropout: Float(c.dropout))
        network = Network(architecture, maxBatch: max(batch, 256))
        let rule = ParametrizationRule(
            parametrization: c.parametrization,
            widthMultiplier: Double(c.width) / Double(c.baseWidth ?? max(c.width, 1)), optimizer: c.optimizer)
        var initialisation = RandomStream(seed: seed, purpose: .initialisation)
        network.initialise(rule, random: &initialisation)
        groups = network.tensors.map {
            ParameterGroup(offset: $0.offset, count: $0.count, learningRateScale: Float(rule.learningRateScale($0)), decays: $0.kind == .weight)
        }
        optimizer = Optimizer(
            kind: c.optimizer, parameterCount: network.parameterCount, momentum: c.momentum ?? 0,
            nesterov: c.nesterov ?? false, weightDecay: c.weightDecay ?? 0, beta1: c.beta1 ?? 0.9, beta2: c.beta2 ?? 0.999)
        losses = LossComputer(task: data.task, outputs: data.outputs, maxBatch: network.maxBatch)
        dataOrder = RandomStream(seed: seed, purpose: .dataOrder)
        dropout = RandomStream(seed: seed, purpose: .dropout)
        order = dataOrder.permutation(data.train.count)
    }

    /// Step `index` (0-based): next batch of the seeded order (reshuffled each epoch), forward,
    /// loss, backward, optimiser update at the scheduled learning rate. Returns the batch's mean
    /// loss and correct count; a non-finite loss stops before any parameter changes.
    func step(_ index: Int) -> (loss: Double, correct: Int, lr: Double) {
        let train = dataset.train
        if cursor + batch > train.count {
            dataOrder.shuffle(&order)
            cursor = 0
        }
        order.withUnsafeBufferPointer { o in
            losses.gather(train, indices: UnsafeBufferPointer(rebasing: o[cursor..<(cursor + batch)]), features: dataset.features, into: network)
        }
        cursor += batch
        network.forward(batch: batch, mode: .train, random: &dropout)
        let (lossSum, correct) = losses.loss(network, batch: batch)
        let loss = lossSum / Double(batch)
        let lr = config.schedule.learningRate(step: index, total: totalSteps, base: config.lr, warmup: warmup)
        guard loss.isFinite else { return (loss, correct, lr) }
        losses.backward(network, batch: batch)
        network.zeroGradients()
        network.backward(batch: batch)
        optimizer.step(parameters: network.parameters.pointer, gradients: network.gradients.pointer, lr: lr, groups: groups)
        return (loss, correct, lr)
    }

    func evaluate(_ split: Split, limit: Int = .max) -> (loss: Double, accuracy: Double?) {
        losses.evaluate(network, on: split, features: dataset.features, limit: limit)
    }
}
