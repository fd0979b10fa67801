import XCTest
@testable import Engine

final class TrainingTests: XCTestCase {
    /// A small teacher classification task: fast enough for a debug build.
    static func teacherConfig() -> TrialConfig {
        var c = TrialConfig()
        c.dataset = "teacher"
        c.teacher = TeacherSpec(inputs: 16, width: 32, depth: 1, outputs: 4)
        c.trainSize = 2_000
        c.valSize = 500
        c.testSize = 500
        c.model = .mlp
        c.width = 32
        c.depth = 2
        c.batch = 32
        c.steps = 300
        c.evalEvery = 50
        c.lr = 3e-3
        return c
    }

    func testLearnsATeacherClassifier() throws {
        let result = try Engine.train(Self.teacherConfig(), seed: 0)
        XCTAssertEqual(result.status, .ok)
        XCTAssertEqual(result.steps, 300)
        XCTAssertEqual(result.curve.map(\.step), [50, 100, 150, 200, 250, 300])
        let m = result.metrics
        print("teacher: test_acc \(m["test_acc"]!), test_loss \(m["test_loss"]!), train_loss \(m["train_loss"]!)")
        XCTAssertGreaterThan(m["test_acc"]!, 0.6, "chance is 0.25")
        XCTAssertLessThan(m["test_loss"]!, log(4.0) * 0.8)
        XCTAssertLessThan(result.curve.last!.trainBatchLoss!, result.curve.first!.trainBatchLoss!)
        for name in ["train_loss", "train_acc", "val_loss", "val_acc", "test_loss", "test_acc",
                     "best_train_batch_loss", "best_val_loss", "best_val_acc", "best_test_loss", "best_test_acc",
                     "params", "flops", "steps"] {
            XCTAssertNotNil(m[name], name)
        }
        // 16·32+32 + 32·32+32 + 32·4+4
        XCTAssertEqual(m["params"], 1732)
        // per example: 3 × forward (2·(16·32 + 32·32 + 32·4)) − first layer's input gradient (2·16·32)
        XCTAssertEqual(m["flops"], Double(3 * 2 * (512 + 1024 + 128) - 2 * 512) * 32 * 300)
        XCTAssertLessThanOrEqual(m["best_val_loss"]!, result.curve.map { $0.valLoss! }.min()!)
        XCTAssertEqual(m["best_val_acc"]!, result.curve.map { $0.valAcc! }.max()!)
    }

    func testRegressionTeacherWithResidualMLPAndSGD() throws {
        var c = Self.teacherConfig()
        c.teacher = TeacherSpec(inputs: 8, width: 16, depth: 1, outputs: 2, task: .regression, noise: 0.1)
        c.model = .resmlp
        c.norm = .layer
        c.optimizer = .sgd
        c.nesterov = true
        c.lr = 0.05
        c.schedule = .warmupCosine
        let result = try Engine.train(c, seed: 1)
        XCTAssertEqual(result.status, .ok)
        let m = result.metrics
        print("regression teacher: test_loss \(m["test_loss"]!) (targets have unit variance)")
        XCTAssertNil(m["test_acc"])
        XCTAssertLessThan(m["test_loss"]!, 0.6)
        XCTAssertLessThan(result.curve.last!.lr, 0.05 * 0.01, "cosine decays to ~0")
    }

    func testHugeLearningRateEndsAsDivergedNotACrash() throws {
        var c = Self.teacherConfig()
        c.optimizer = .sgd
        c.momentum = 0.9
        c.lr = 1e4
        let result = try Engine.train(c, seed: 0)
        XCTAssertEqual(result.status, .diverged)
        XCTAssertLessThan(result.steps, 300)
        XCTAssertNotNil(result.message)
        XCTAssertNil(result.metrics["test_loss"])
        XCTAssertNotNil(result.metrics["params"])
        // A diverged result still encodes (no NaN or infinity reaches JSON).
        XCTAssertNoThrow(try JSONEncoder().encode(result))
    }

    func testEarlyStoppingRestoresTheBestStep() throws {
        var c = Self.teacherConfig()
        // Few examples and a large model overfit quickly: validation loss turns up.
        c.trainSize = 64
        c.width = 128
        c.lr = 1e-2
        c.steps = 2_000
        c.evalEvery = 10
        c.earlyStopping = EarlyStopping(metric: "val_loss", patience: 5, restoreBest: true)
        let result = try Engine.train(c, seed: 0)
        XCTAssertEqual(result.status, .ok)
        XCTAssertLessThan(result.steps, 2_000, "should stop early")
        let best = result.curve.min { $0.valLoss! < $1.valLoss! }!
        XCTAssertEqual(result.finalStep, best.step)
        XCTAssertEqual(result.steps, best.step + 5 * 10)
        // Final metrics describe the restored parameters: exactly the best point's evaluation.
        XCTAssertEqual(result.metrics["val_loss"], best.valLoss)
        XCTAssertEqual(result.metrics["test_acc"], best.testAcc)
        XCTAssertEqual(result.metrics["best_val_loss"], best.valLoss)
    }

    func testEpochsCountPassesOverTheTrainingSet() throws {
        var c = Self.teacherConfig()
        c.steps = nil
        c.epochs = 2
        c.trainSize = 320
        c.evalEvery = nil
        let result = try Engine.train(c, seed: 0)
        XCTAssertEqual(result.steps, 20)  // 2 × 320/32
        XCTAssertEqual(result.curve.map(\.step), [10, 20])  // one point per epoch
    }

    func testBadConfigurationIsAnErrorNamingTheKey() {
        var c = Self.teacherConfig()
        c.dropout = 1.5
        c.dataset = "cifar"
        XCTAssertThrowsError(try Engine.train(c, seed: 0)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("dropout"), text)
            XCTAssertTrue(text.contains("unknown dataset 'cifar'"), text)
        }
    }

    func testLinearModelAndMuPResidualMLPTrain() throws {
        var linear = Self.teacherConfig()
        linear.model = .linear
        let l = try Engine.train(linear, seed: 0)
        XCTAssertEqual(l.metrics["params"], 16 * 4 + 4)
        XCTAssertGreaterThan(l.metrics["test_acc"]!, 0.4)

        var mup = Self.teacherConfig()
        mup.model = .resmlp
        mup.parametrization = .mup
        mup.baseWidth = 16
        mup.width = 64
        mup.norm = .layer
        let m = try Engine.train(mup, seed: 0)
        XCTAssertEqual(m.status, .ok)
        XCTAssertGreaterThan(m.metrics["test_acc"]!, 0.6)
    }

    func testDropoutAndBatchNormTrain() throws {
        var c = Self.teacherConfig()
        c.norm = .batch
        c.dropout = 0.1
        c.activation = .gelu
        c.optimizer = .adamw
        c.schedule = .cosine
        let result = try Engine.train(c, seed: 2)
        XCTAssertEqual(result.status, .ok)
        XCTAssertGreaterThan(result.metrics["test_acc"]!, 0.5)
    }
}
