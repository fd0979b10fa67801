import Foundation

/// The group-aware part of a training step (group objectives and loss reweighting): each
/// example's loss and group, the batch's per-group means, and the objective's gradient with
/// respect to the network's outputs. Buffers are sized for the largest batch when built, so a
/// step allocates nothing. Groups absent from a batch take no part in that step.
final class GroupTraining {
    let objective: Objective
    let groupCount: Int
    let batchGroups: UnsafeMutablePointer<Int32>  // [maxBatch]
    let rowLosses: Buffer      // [maxBatch] ℓ_r
    let rowWeights: Buffer     // [maxBatch] ∂objective/∂ℓ_r
    let slopes: Buffer         // [maxBatch] IRM's s_r
    let slopeWeights: Buffer   // [maxBatch] ∂objective/∂s_r
    let groupRows: UnsafeMutablePointer<Int>        // [G] examples of each group in the batch
    let groupLosses: UnsafeMutablePointer<Double>   // [G] their mean loss
    let groupSlopes: UnsafeMutablePointer<Double>   // [G] their mean IRM slope
    /// Group DRO's log q, kept in logs so exp(η·ℓ) cannot overflow; q = softmax(log q).
    let logGroupWeights: UnsafeMutablePointer<Double>  // [G]
    let groupWeights: UnsafeMutablePointer<Double>     // [G] q
    /// Per-group loss weights: N/(G·n_g) under `group_weighting: reweight`, else 1.
    let exampleWeights: [Float]
    /// Group DRO's generalisation adjustment C/√n_g (Sagawa et al. 2019, §3.3).
    let adjustments: [Double]
    let eta: Double
    let irmLambda: Double
    let irmAnnealSteps: Int
    let tau: Float
    let parameterCount: Int
    let environmentGradients: Buffer  // AND-mask: [G × P]

    /// `trainingGroupSizes`: n_g, examples of each group in the training set actually used.
    init(config c: TrialConfig, trainingGroupSizes sizes: [Int], maxBatch: Int, parameterCount: Int) {
        objective = c.objective
        groupCount = sizes.count
        batchGroups = .allocate(capacity: maxBatch)
        batchGroups.initialize(repeating: 0, count: maxBatch)
        rowLosses = Buffer(maxBatch)
        rowWeights = Buffer(maxBatch)
        slopes = Buffer(maxBatch)
        slopeWeights = Buffer(maxBatch)
        groupRows = .allocate(capacity: groupCount)
        groupRows.initialize(repeating: 0, count: groupCount)
        groupLosses = .allocate(capacity: groupCount)
        groupLosses.initialize(repeating: 0, count: groupCount)
        groupSlopes = .allocate(capacity: groupCount)
        groupSlopes.initialize(repeating: 0, count: groupCount)
        logGroupWeights = .allocate(capacity: groupCount)
        logGroupWeights.initialize(repeating: 0, count: groupCount)
        groupWeights = .allocate(capacity: groupCount)
        groupWeights.initialize(repeating: 1 / Double(max(groupCount, 1)), count: groupCount)

        let present = sizes.filter { $0 > 0 }.count
        let total = sizes.reduce(0, +)
        exampleWeights = sizes.map { n in
            c.groupWeighting == .reweight && n > 0 ? Float(Double(total) / (Double(present) * Double(n))) : 1
        }
        adjustments = sizes.map { n in n > 0 ? c[ConfigKeys.droAdjustment] / Double(n).squareRoot() : 0 }
        eta = c[ConfigKeys.droEta]
        irmLambda = c[ConfigKeys.irmLambda]
        irmAnnealSteps = c[ConfigKeys.irmAnnealSteps]
        tau = Float(c[ConfigKeys.andmaskTau])
        self.parameterCount = parameterCount
        environmentGradients = Buffer(c.objective == .andmask ? groupCount * parameterCount : 0)
    }

    deinit {
        batchGroups.deallocate(); groupRows.deallocate(); groupLosses.deallocate(); groupSlopes.deallocate()
        logGroupWeights.deallocate(); groupWeights.deallocate()
    }

    /// Copies the groups of the examples at `indices` (alongside `LossComputer.gather`).
    func gather(_ split: Split, indices: UnsafeBufferPointer<Int>) {
        split.groups.withUnsafeBufferPointer { g in
            for (row, i) in indices.enumerated() { batchGroups[row] = g[i] }
        }
    }

    /// Parameter gradients of the objective for the batch whose losses were just computed
    /// (`LossComputer.loss` with `rowLosses`); Group DRO first moves q. Returns the objective.
    @discardableResult
    func computeGradients(_ network: Network, _ losses: LossComputer, batch: Int, step: Int) -> Double {
        summarise(batch: batch)
        if objective == .groupdro { updateGroupWeights() }
        if objective == .andmask {
            maskedGradients(network, losses, batch: batch)
            return .nan
        }
        let value = outputGradient(network, losses, batch: batch, step: step)
        network.zeroGradients()
        network.backward(batch: batch)
        return value
    }

    /// Per-group example counts and mean losses of the batch.
    func summarise(batch: Int) {
        for g in 0..<groupCount { groupRows[g] = 0; groupLosses[g] = 0 }
        for r in 0..<batch {
            let g = Int(batchGroups[r])
            groupRows[g] += 1
            groupLosses[g] += Double(rowLosses.pointer[r])
        }
        for g in 0..<groupCount where groupRows[g] > 0 { groupLosses[g] /= Double(groupRows[g]) }
    }

    /// Group DRO's exponentiated-gradient step on q (Sagawa et al. 2019, Algorithm 1):
    /// q_g ← q_g·exp(η·(ℓ_g + C/√n_g)), then q renormalised; done in logs.
    func updateGroupWeights() {
        var largest = -Double.infinity
        for g in 0..<groupCount {
            if groupRows[g] > 0 { logGroupWeights[g] += eta * (groupLosses[g] + adjustments[g]) }
            largest = max(largest, logGroupWeights[g])
        }
        var sum = 0.0
        for g in 0..<groupCount {
            logGroupWeights[g] -= largest  // keeps log q bounded; q is unchanged
            groupWeights[g] = exp(logGroupWeights[g])
            sum += groupWeights[g]
        }
        for g in 0..<groupCount { groupWeights[g] /= sum }
    }

    /// The objective on the batch and its gradient with respect to the outputs, written into
    /// the network's dOutput. Needs `summarise` first; changes no state (so it can be checked
    /// against finite differences). Not for AND-mask, which has no single objective.
    func outputGradient(_ network: Network, _ losses: LossComputer, batch: Int, step: Int) -> Double {
        let w = rowWeights.pointer
        switch objective {
        case .erm:  // reweighted: (1/B)·Σ_r w_g(r)·ℓ_r
            var value = 0.0
            for r in 0..<batch {
                w[r] = exampleWeights[Int(batchGroups[r])] / Float(batch)
                value += Double(w[r]) * Double(rowLosses.pointer[r])
            }
            losses.backward(network, batch: batch, weights: w)
            return value
        case .groupdro:  // Σ_g q_g·ℓ_g, ℓ_g the group's mean loss in the batch
            var value = 0.0
            for g in 0..<groupCount where groupRows[g] > 0 { value += groupWeights[g] * groupLosses[g] }
            for r in 0..<batch {
                let g = Int(batchGroups[r])
                w[r] = Float(groupWeights[g] / Double(groupRows[g]))
            }
            losses.backward(network, batch: batch, weights: w)
            return value
        case .irm:
            return irmOutputGradient(network, losses, batch: batch, step: step)
        case .andmask:
            preconditionFailure("AND-mask combines per-environment gradients; see maskedGradients")
        }
    }

    /// IRMv1 (Arjovsky et al. 2019, eq. IRMv1) with the groups as environments e:
    /// (1/E)·Σ_e R_e + λ·(1/E)·Σ_e (mean_{r∈e} s_r)², λ = 1 for the first `irm_anneal_steps`
    /// steps. When λ > 1 the whole objective is divided by λ, as in the authors' code, so the
    /// step size stays comparable once the penalty switches on.
    private func irmOutputGradient(_ network: Network, _ losses: LossComputer, batch: Int, step: Int) -> Double {
        let lambda = step < irmAnnealSteps ? 1 : irmLambda
        let scale = 1 / max(1, lambda)
        switch losses.task {
        case .classification:
            IRMPenalty.classificationSlopes(logits: network.output.pointer, probabilities: losses.probabilities.pointer,
                                            labels: losses.labelStorage, slopes: slopes.pointer, batch: batch, classes: losses.outputs)
        case .regression:
            IRMPenalty.regressionSlopes(predictions: network.output.pointer, targets: losses.targets.pointer,
                                        slopes: slopes.pointer, batch: batch, outputs: losses.outputs)
        }
        for g in 0..<groupCount { groupSlopes[g] = 0 }
        for r in 0..<batch { groupSlopes[Int(batchGroups[r])] += Double(slopes.pointer[r]) }
        var environments = 0, risk = 0.0, penalty = 0.0
        for g in 0..<groupCount where groupRows[g] > 0 {
            groupSlopes[g] /= Double(groupRows[g])
            environments += 1
            risk += groupLosses[g]
            penalty += groupSlopes[g] * groupSlopes[g]
        }
        let perEnvironment = scale / Double(environments)
        for r in 0..<batch {
            let g = Int(batchGroups[r])
            rowWeights.pointer[r] = Float(perEnvironment / Double(groupRows[g]))
            slopeWeights.pointer[r] = Float(perEnvironment * lambda * 2 * groupSlopes[g] / Double(groupRows[g]))
        }
        losses.backward(network, batch: batch, weights: rowWeights.pointer)
        switch losses.task {
        case .classification:
            IRMPenalty.classificationBackward(logits: network.output.pointer, probabilities: losses.probabilities.pointer,
                                              labels: losses.labelStorage, coefficients: slopeWeights.pointer,
                                              dLogits: network.dOutput.pointer, batch: batch, classes: losses.outputs)
        case .regression:
            IRMPenalty.regressionBackward(predictions: network.output.pointer, targets: losses.targets.pointer,
                                          coefficients: slopeWeights.pointer, dPredictions: network.dOutput.pointer,
                                          batch: batch, outputs: losses.outputs)
        }
        return perEnvironment * (risk + lambda * penalty)
    }

    /// AND-mask: one backward pass per environment present in the batch (the gradient of its
    /// mean loss), then `ANDMask.combine` into the network's gradients.
    private func maskedGradients(_ network: Network, _ losses: LossComputer, batch: Int) {
        var environments = 0
        for g in 0..<groupCount where groupRows[g] > 0 {
            let share = 1 / Float(groupRows[g])
            for r in 0..<batch { rowWeights.pointer[r] = Int(batchGroups[r]) == g ? share : 0 }
            losses.backward(network, batch: batch, weights: rowWeights.pointer)
            network.zeroGradients()
            network.backward(batch: batch)
            (environmentGradients.pointer + environments * parameterCount).update(from: network.gradients.pointer, count: parameterCount)
            environments += 1
        }
        ANDMask.combine(environmentGradients: environmentGradients.pointer, environments: environments, parameterCount: parameterCount,
                        threshold: tau, tensors: network.tensors, into: network.gradients.pointer)
    }
}
