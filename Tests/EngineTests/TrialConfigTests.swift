import Foundation
import XCTest
@testable import Engine

final class TrialConfigTests: XCTestCase {
    func testDecodesDirectiveSpellingsAndFillsDefaults() throws {
        let json = #"{"dataset": "mnist1d", "schedule": "warmup-cosine", "lr": 0.01, "parametrization": "mup", "early_stopping": {"metric": "val_acc"}}"#
        let config = try JSONDecoder().decode(TrialConfig.self, from: Data(json.utf8))
        XCTAssertEqual(config.schedule, .warmupCosine)
        XCTAssertEqual(config.model, .mlp)
        let r = config.resolved()
        XCTAssertEqual(r.steps, 1_000)
        XCTAssertEqual(r.warmup, 50)
        XCTAssertEqual(r.evalEvery, 50)
        XCTAssertEqual(r.trainSize, 4_000)
        XCTAssertEqual(r.valSize, 1_000)
        XCTAssertEqual(r.testSize, 1_000)
        XCTAssertEqual(r.baseWidth, 64)
        XCTAssertEqual(r.beta1, 0.9)
        XCTAssertNil(r.momentum, "momentum does not apply to Adam")
        XCTAssertEqual(r.earlyStopping, EarlyStopping(metric: "val_acc", patience: 10, restoreBest: true))
        XCTAssertEqual(r.norm, Normalization.none)
        XCTAssertEqual(r.divergence, 100)
        XCTAssertEqual(r.dataSeed, 0)
    }

    func testResolvingIsIdempotentAndDropsKeysThatDoNotApply() throws {
        var sgd = TrialConfig()
        sgd.optimizer = .sgd
        sgd.model = .resmlp
        sgd.epochs = 3
        sgd.beta1 = 0.5
        var teacher = TrialConfig()
        teacher.dataset = "teacher"
        teacher.parametrization = .mup
        teacher.baseWidth = 32
        for config in [TrialConfig(), sgd, teacher] {
            XCTAssertEqual(config.resolved().resolved(), config.resolved())
        }
        let r = sgd.resolved()
        XCTAssertEqual(r.momentum, 0.9)
        XCTAssertEqual(r.nesterov, false)
        XCTAssertNil(r.beta1)
        XCTAssertNil(r.steps)
        XCTAssertNil(r.evalEvery, "one point per epoch, decided when the training set's size is known")
        XCTAssertEqual(r.norm, .batch, "a resmlp has a norm in every block")
        XCTAssertEqual(teacher.resolved().teacher, TeacherSpec())
        XCTAssertEqual(teacher.resolved().baseWidth, 32)
        XCTAssertNil(TrialConfig().resolved().baseWidth)

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(TrialConfig().resolved()), as: UTF8.self)
        XCTAssertFalse(text.contains("momentum"))
        XCTAssertTrue(text.contains(#""val_size":5000"#), text)
        XCTAssertEqual(try JSONDecoder().decode(TrialConfig.self, from: Data(text.utf8)), TrialConfig().resolved())
    }

    func testSpellingsMatchDirectives() {
        XCTAssertEqual(Schedule.allCases.map(\.rawValue), ["constant", "cosine", "warmup-cosine"])
        XCTAssertEqual(ModelKind.allCases.map(\.rawValue), ["linear", "mlp", "resmlp", "cnn", "resnet"])
        XCTAssertEqual(Normalization.allCases.map(\.rawValue), ["none", "batch", "layer"])
        XCTAssertEqual(OptimizerKind.allCases.map(\.rawValue), ["sgd", "adam", "adamw"])
        XCTAssertEqual(Parametrization.allCases.map(\.rawValue), ["standard", "mup"])
        for key in ["train_size", "weight_decay", "eval_every", "early_stopping", "base_width", "objective"] {
            XCTAssertTrue(TrialConfig.keys.contains(key), key)
        }
    }

    func testProblemsNameTheirKeys() {
        var c = TrialConfig()
        c.steps = 10
        c.epochs = 2
        c.earlyStopping = EarlyStopping(metric: "val_accuracy", patience: 0)
        c.momentum = 1.5
        let problems = c.problems().map(\.description).joined(separator: "\n")
        XCTAssertTrue(problems.contains("'steps' and 'epochs' are both given: give one"), problems)
        XCTAssertTrue(problems.contains("early_stopping.metric"), problems)
        XCTAssertTrue(problems.contains("early_stopping.patience"), problems)
        XCTAssertTrue(problems.contains("momentum"), problems)
        XCTAssertEqual(TrialConfig().problems(), [])
    }
}
