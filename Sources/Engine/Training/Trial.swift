import Foundation

/// One training run: builds the network, trains it on the dataset, records the learning curve.
struct Trial {
    let config: TrialConfig  // resolved
    let seed: UInt64
    let dataset: Dataset
    let threads: Int
    /// Examples of the training set evaluated for the final `train_loss` and `train_acc`.
    let trainEvaluationLimit: Int
    let progress: ((Int, Int) -> Void)?
    /// The upstream weights a downstream trial starts from (`from:`).
    var start: Checkpoint? = nil
    /// Receives the trained weights (for a checkpoint), after any restore of the best step.
    var weights: ((Checkpoint) -> Void)? = nil

    func run() throws -> TrialResult {
        let started = Date()
        let c = config
        let data = dataset
        let run = try TrainingRun(config: c, seed: seed, dataset: data, start: start)
        let network = run.network
        let totalSteps = run.totalSteps
        let batch = run.batch
        let evalEvery = c.evaluationInterval(stepsPerEpoch: run.stepsPerEpoch)

        var curve: [CurvePoint] = []
        var status = TrialResult.Status.ok
        var message: String?
        var initialLoss: Double?
        var runningLoss = 0.0, runningCorrect = 0, runningExamples = 0, runningBatches = 0
        var stepsRun = 0
        let stopping = c.earlyStopping
        var best: (value: Double, step: Int, snapshot: [Float]?)?
        var evaluationsSinceBest = 0
        // Empty for datasets without groups, which then get no group metrics.
        let validationGroups = data.groupCount > 0 ? data.validation.indicesByGroup(data.groupCount) : []
        let testGroups = data.groupCount > 0 ? data.test.indicesByGroup(data.groupCount) : []

        for step in 0..<totalSteps {
            let (loss, correct, lr) = run.step(step)
            if initialLoss == nil { initialLoss = max(loss, 1e-12) }
            let bound = c[ConfigKeys.divergence] * initialLoss!
            if !loss.isFinite || loss > bound {
                status = .diverged
                message = loss.isFinite
                    ? "training loss \(loss) at step \(step) is above \(c[ConfigKeys.divergence]) × the initial loss"
                    : "training loss is not finite at step \(step)"
                break
            }
            stepsRun = step + 1
            runningLoss += loss
            runningCorrect += correct
            runningExamples += batch
            runningBatches += 1

            guard stepsRun % evalEvery == 0 || stepsRun == totalSteps else { continue }
            let validation = run.evaluate(data.validation)
            let test = run.evaluate(data.test)
            let classification = data.task == .classification
            var point = CurvePoint(
                step: stepsRun, lr: lr, trainBatchLoss: finite(runningLoss / Double(runningBatches)),
                trainBatchAcc: classification ? Double(runningCorrect) / Double(runningExamples) : nil,
                valLoss: finite(validation.loss), valAcc: validation.accuracy,
                testLoss: finite(test.loss), testAcc: test.accuracy)
            if data.groupCount > 0 {
                let validationByGroup = GroupEvaluation(run, on: data.validation, groups: validationGroups)
                let testByGroup = GroupEvaluation(run, on: data.test, groups: testGroups)
                point.valWorstGroupLoss = validationByGroup.worstLoss
                point.valWorstGroupAcc = validationByGroup.worstAccuracy
                point.testWorstGroupLoss = testByGroup.worstLoss
                point.testWorstGroupAcc = testByGroup.worstAccuracy
            }
            curve.append(point)
            runningLoss = 0; runningCorrect = 0; runningExamples = 0; runningBatches = 0
            progress?(stepsRun, totalSteps)
            if !validation.loss.isFinite {
                status = .diverged
                message = "validation loss is not finite at step \(stepsRun)"
                break
            }
            if let stopping, let value = point.value(of: stopping.metric) {
                let better = best.map { stopping.maximises ? value > $0.value : value < $0.value } ?? true
                if better {
                    best = (value, stepsRun, stopping.restoreBest ? network.snapshot() : nil)
                    evaluationsSinceBest = 0
                } else {
                    evaluationsSinceBest += 1
                    if evaluationsSinceBest >= stopping.patience {
                        message = "stopped early at step \(stepsRun): \(stopping.metric) not improved for \(stopping.patience) evaluations"
                        break
                    }
                }
            }
        }

        var finalStep = stepsRun
        if status == .ok, let best, let snapshot = best.snapshot, best.step != stepsRun {
            network.restore(snapshot)
            finalStep = best.step
        }

        if status == .ok { weights?(network.checkpoint()) }
        var metrics: [String: Double] = [
            Metric.params: Double(network.parameterCount),
            Metric.flops: Double(network.trainingFlopsPerExample) * Double(batch) * Double(stepsRun),
            Metric.steps: Double(stepsRun),
        ]
        if status == .ok {
            let splits: [(String, Split, Int)] = [("train", data.train, trainEvaluationLimit), ("val", data.validation, .max), ("test", data.test, .max)]
            for (name, split, limit) in splits {
                let (loss, accuracy) = run.evaluate(split, limit: limit)
                if loss.isFinite { metrics[name + "_loss"] = loss }
                if let accuracy { metrics[name + "_acc"] = accuracy }
            }
            if data.groupCount > 0 {
                for (name, split, groups) in [("val", data.validation, validationGroups), ("test", data.test, testGroups)] {
                    metrics.merge(GroupEvaluation(run, on: split, groups: groups).metrics(split: name, names: data.groupNames)) { $1 }
                }
            }
        }
        for metric in Metric.curveMetrics {
            let values = curve.compactMap { $0.value(of: metric) }
            guard !values.isEmpty else { continue }
            metrics[Metric.best(metric)] = Metric.higherIsBetter(metric) ? values.max()! : values.min()!
        }
        return TrialResult(
            status: status, message: message, metrics: metrics, curve: curve, steps: stepsRun, finalStep: finalStep,
            threads: threads, numericsVersion: Engine.numericsVersion, wallSeconds: Date().timeIntervalSince(started))
    }

    private func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
}
