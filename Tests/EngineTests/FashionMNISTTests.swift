import Foundation
import XCTest
@testable import Engine

/// The real data from Debian's dataset-fashion-mnist.
final class FashionMNISTTests: XCTestCase {
    func testLoadsAndTrainsAFewSteps() throws {
        var c = TrialConfig()
        c.dataset = "fashion-mnist"
        let directory = DatasetLocations().fashionMNIST
        guard FileManager.default.fileExists(atPath: directory + "/train-images-idx3-ubyte.gz") else {
            throw XCTSkip("dataset-fashion-mnist is not installed at \(directory)")
        }
        let data = try Engine.loadDataset(c)
        XCTAssertEqual(data.features, 784)
        XCTAssertEqual(data.outputs, 10)
        XCTAssertEqual([data.train.count, data.validation.count, data.test.count], [55_000, 5_000, 10_000])
        XCTAssertEqual(data.train.inputs.min(), 0)
        XCTAssertEqual(data.train.inputs.max(), 1)
        XCTAssertEqual(data.test.labels.filter { $0 == 9 }.count, 1_000)
        XCTAssertTrue(data.fingerprint.hasPrefix("idx/sha256:"), data.fingerprint)
        print("fashion-mnist fingerprint: \(data.fingerprint)")

        c.width = 64
        c.steps = 60
        c.evalEvery = 30
        let result = try Engine.train(c, seed: 0, options: Engine.Options(trainEvaluationLimit: 2_000), dataset: data)
        print("fashion-mnist 60 steps: test_acc \(result.metrics["test_acc"]!), test_loss \(result.metrics["test_loss"]!)")
        XCTAssertEqual(result.status, .ok)
        XCTAssertGreaterThan(result.metrics["test_acc"]!, 0.6)
    }
}
