import XCTest
@testable import Engine

final class GroupObjectiveTests: XCTestCase {
    /// A tanh MLP (smooth: no kinks for finite differences) with a batch of `batch` examples in
    /// three groups, group 2 left out so an absent group is exercised too.
    private struct Setup {
        let network: Network
        let losses: LossComputer
        let groups: GroupTraining
        let batch = 12

        init(_ config: TrialConfig, task: Task = .classification, outputs: Int = 3) {
            network = Network(Architecture(model: .mlp, inputs: 4, outputs: outputs, width: 5, depth: 1, activation: .tanh), maxBatch: 12)
            var random = RandomStream(seed: 3, purpose: .initialisation)
            network.initialise(.standard(.sgd), random: &random)
            for i in 0..<network.parameterCount { network.parameters.pointer[i] += Float(random.normal()) * 0.3 }
            losses = LossComputer(task: task, outputs: outputs, maxBatch: 12)
            groups = GroupTraining(config: config, trainingGroupSizes: [50, 30, 20, 100], maxBatch: 12,
                                   parameterCount: network.parameterCount)
            for i in 0..<(12 * 4) { network.input.pointer[i] = Float(random.normal()) }
            for r in 0..<12 {
                losses.labelStorage[r] = Int32(r % outputs)
                groups.batchGroups[r] = [0, 1, 3][r % 3]
            }
            for i in 0..<(12 * outputs) where task == .regression { losses.targets.pointer[i] = Float(random.normal()) }
        }

        /// The objective at the current parameters (also refreshes the batch's group means).
        func objective(step: Int) -> Double {
            var unused = RandomStream(seed: 0, purpose: .dropout)
            network.forward(batch: batch, mode: .train, random: &unused)
            _ = losses.loss(network, batch: batch, rowLosses: groups.rowLosses.pointer)
            groups.summarise(batch: batch)
            return groups.outputGradient(network, losses, batch: batch, step: step)
        }

        /// Largest relative difference between backward's parameter gradients and central
        /// differences (Richardson-extrapolated, as in `GradientCheck`).
        func check(step: Int = 0) -> Double {
            _ = objective(step: step)
            network.zeroGradients()
            network.backward(batch: batch)
            let analytic = Array(UnsafeBufferPointer(start: network.gradients.pointer, count: network.parameterCount))
            var worst = 0.0
            for i in 0..<network.parameterCount {
                let saved = network.parameters.pointer[i]
                func difference(_ h: Float) -> Double {
                    network.parameters.pointer[i] = saved + h
                    let plus = objective(step: step)
                    network.parameters.pointer[i] = saved - h
                    let minus = objective(step: step)
                    network.parameters.pointer[i] = saved
                    return (plus - minus) / (Double(saved + h) - Double(saved - h))
                }
                let numeric = (4 * difference(5e-3) - difference(1e-2)) / 3
                let a = Double(analytic[i])
                worst = max(worst, abs(a - numeric) / max(1, abs(a), abs(numeric)))
            }
            return worst
        }
    }

    private func config(_ objective: Objective) -> TrialConfig {
        var c = GroupDataTests.spuriousConfig()
        c.objective = objective
        return c.resolved()
    }

    func testGroupDROGradientMatchesFiniteDifferences() {
        var c = config(.groupdro)
        c.droEta = 0.5
        c.droAdjustment = 1
        let setup = Setup(c)
        _ = setup.objective(step: 0)
        setup.groups.updateGroupWeights()  // q away from uniform; held fixed while checking
        let q = (0..<4).map { setup.groups.groupWeights[$0] }
        XCTAssertNotEqual(q[0], q[1])
        let error = setup.check()
        print("gradient check group DRO: max relative error \(error)")
        XCTAssertLessThan(error, 1e-3)
    }

    func testReweightedERMGradientMatchesFiniteDifferences() {
        var c = config(.erm)
        c.groupWeighting = .reweight
        let setup = Setup(c)
        XCTAssertEqual(setup.groups.exampleWeights, [1, 200.0 / 120, 200.0 / 80, 0.5])
        XCTAssertLessThan(setup.check(), 1e-3)
    }

    func testIRMPenaltyGradientMatchesFiniteDifferences() {
        var c = config(.irm)
        c.irmLambda = 10
        c.irmAnnealSteps = 5
        for (task, outputs) in [(Task.classification, 3), (Task.regression, 2)] {
            let setup = Setup(c, task: task, outputs: outputs)
            // During annealing (λ = 1) and after (λ = 10, objective divided by 10).
            let annealing = setup.check(step: 0), penalised = setup.check(step: 5)
            print("gradient check IRMv1 \(task): max relative error \(annealing) (λ = 1), \(penalised) (λ = 10)")
            XCTAssertLessThan(annealing, 1e-3)
            XCTAssertLessThan(penalised, 1e-3)
            // The penalty term on its own: objectives risk + P (λ = 1) and (risk + 10·P)/10 give
            // P = (10·second − first)/9, which must match a finite difference in the dummy w.
            let closedForm = (10 * setup.objective(step: 5) - setup.objective(step: 0)) / 9
            let numeric = Self.penalty(setup)
            XCTAssertGreaterThan(numeric, 0.01)
            XCTAssertEqual(closedForm, numeric, accuracy: 1e-3 * numeric)
        }
    }

    /// (1/E)·Σ_e (∂R_e(w·z)/∂w at w = 1)², with the derivative taken by finite differences on w:
    /// an independent check of IRMPenalty's closed-form slopes.
    private static func penalty(_ s: Setup) -> Double {
        var unused = RandomStream(seed: 0, purpose: .dropout)
        s.network.forward(batch: s.batch, mode: .eval, random: &unused)
        let outputs = s.losses.outputs
        let z = Array(UnsafeBufferPointer(start: s.network.output.pointer, count: s.batch * outputs))
        func risks(_ w: Double) -> [Int32: (sum: Double, count: Int)] {
            for i in z.indices { s.network.output.pointer[i] = Float(w * Double(z[i])) }
            _ = s.losses.loss(s.network, batch: s.batch, rowLosses: s.groups.rowLosses.pointer)
            var r: [Int32: (sum: Double, count: Int)] = [:]
            for i in 0..<s.batch {
                let g = s.groups.batchGroups[i]
                r[g, default: (0, 0)].sum += Double(s.groups.rowLosses.pointer[i])
                r[g, default: (0, 0)].count += 1
            }
            return r
        }
        let h = 1e-3
        let plus = risks(1 + h), minus = risks(1 - h)
        var total = 0.0
        for (g, p) in plus {
            let slope = (p.sum - minus[g]!.sum) / Double(p.count) / (2 * h)
            total += slope * slope
        }
        return total / Double(plus.count)
    }

    func testANDMaskKeepsAgreedCoordinatesAndRescales() {
        // Three environments, one tensor of four coordinates.
        let gradients: [Float] = [1, -1, 2, 0,
                                  2, 1, 3, 0,
                                  3, 1, -1, 0]
        var out = [Float](repeating: 9, count: 4)
        let tensor = ParameterTensor(name: "w", kind: .weight, count: 4, fanIn: 2, fanOut: 2, fanInScales: false, fanOutScales: false)
        gradients.withUnsafeBufferPointer { g in
            ANDMask.combine(environmentGradients: g.baseAddress!, environments: 3, parameterCount: 4, threshold: 1,
                            tensors: [tensor], into: &out)
        }
        // Only coordinate 0 has all signs agreeing: mean 2, kept 1 of 4 → ×4.
        XCTAssertEqual(out, [8, 0, 0, 0])
        gradients.withUnsafeBufferPointer { g in
            ANDMask.combine(environmentGradients: g.baseAddress!, environments: 3, parameterCount: 4, threshold: 0.3,
                            tensors: [tensor], into: &out)
        }
        // τ = 0.3: |mean sign| is 1, 1/3, 1/3, 0 → three kept of four, ×4/3.
        XCTAssertEqual(out[0], 2 * 4 / 3, accuracy: 1e-6)
        XCTAssertEqual(out[1], 1.0 / 3 * 4 / 3, accuracy: 1e-6)
        XCTAssertEqual(out[2], 4.0 / 3 * 4 / 3, accuracy: 1e-6)
        XCTAssertEqual(out[3], 0)
    }

    func testGroupDROWeightsFollowTheExponentiatedUpdate() {
        var c = config(.groupdro)
        c.droEta = 0.5
        let setup = Setup(c)
        _ = setup.objective(step: 0)
        let l = (0..<4).map { setup.groups.groupLosses[$0] }
        setup.groups.updateGroupWeights()
        // From uniform q: q_g ∝ exp(η·ℓ_g) for groups in the batch; group 2 (absent) keeps exp(0).
        let unnormalised = [exp(0.5 * l[0]), exp(0.5 * l[1]), 1, exp(0.5 * l[3])]
        let total = unnormalised.reduce(0, +)
        for g in 0..<4 { XCTAssertEqual(setup.groups.groupWeights[g], unnormalised[g] / total, accuracy: 1e-12) }
    }

    func testGroupObjectivesImproveTheWorstGroupOnSpurious() throws {
        let erm = try Engine.train(GroupDataTests.spuriousConfig(), seed: 0).metrics
        var results: [String: [String: Double]] = [:]
        for (name, change) in [("groupdro", { (c: inout TrialConfig) in c.objective = .groupdro; c.droEta = 0.1 }),
                               ("reweight", { (c: inout TrialConfig) in c.groupWeighting = .reweight }),
                               ("subsample", { (c: inout TrialConfig) in c.groupWeighting = .subsample })] {
            var c = GroupDataTests.spuriousConfig()
            change(&c)
            let result = try Engine.train(c, seed: 0)
            XCTAssertEqual(result.status, .ok, name)
            results[name] = result.metrics
            print("spurious \(name): test_worst_group_acc \(result.metrics["test_worst_group_acc"]!) (ERM \(erm["test_worst_group_acc"]!))")
            XCTAssertGreaterThan(result.metrics["test_worst_group_acc"]!, erm["test_worst_group_acc"]! + 0.1, name)
        }
    }

    func testEarlyStoppingOnTheValidationWorstGroup() throws {
        var c = GroupDataTests.spuriousConfig()
        c.objective = .groupdro
        c.evalEvery = 10
        c.earlyStopping = EarlyStopping(metric: "val_worst_group_acc", patience: 3)
        XCTAssertEqual(c.problems(), [])
        let result = try Engine.train(c, seed: 0)
        let best = result.curve.max { $0.valWorstGroupAcc! < $1.valWorstGroupAcc! }!
        XCTAssertEqual(result.finalStep, best.step)
        XCTAssertEqual(result.metrics["val_worst_group_acc"], best.valWorstGroupAcc)
        XCTAssertEqual(result.metrics["test_worst_group_acc"], best.testWorstGroupAcc)
        XCTAssertNoThrow(try JSONEncoder().encode(result))
    }

    func testGroupObjectivesTrainAndAreDeterministic() throws {
        for objective in [Objective.groupdro, .irm, .andmask] {
            var c = GroupDataTests.spuriousConfig()
            c.objective = objective
            c.steps = 60
            c.evalEvery = 30
            c.irmLambda = 10
            c.irmAnnealSteps = 20
            c.andmaskTau = 0.5
            let a = try Engine.train(c, seed: 1), b = try Engine.train(c, seed: 1)
            XCTAssertEqual(a.status, .ok, "\(objective)")
            XCTAssertEqual(a.deterministicPart, b.deterministicPart, "\(objective)")
            XCTAssertNotNil(a.metrics["test_worst_group_acc"])
            print("spurious \(objective): test_acc \(a.metrics["test_acc"]!), test_worst_group_acc \(a.metrics["test_worst_group_acc"]!)")
            if objective == .andmask { XCTAssertLessThan(a.curve.last!.trainBatchLoss!, log(2.0), "AND-mask learns something") }
        }
    }
}
