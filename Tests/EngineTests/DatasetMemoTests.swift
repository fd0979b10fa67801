import XCTest
@testable import Engine

/// A long-lived worker's memo must hand each trial the dataset its own configuration names.
final class DatasetMemoTests: XCTestCase {
    private func config(trainSize: Int = 300, dataSeed: UInt64 = 0, width: Int = 8, lr: Double = 1e-3) -> TrialConfig {
        var c = TrialConfig()
        c.dataset = "mnist1d"
        c.trainSize = trainSize
        c.valSize = 50
        c.testSize = 50
        c.dataSeed = dataSeed
        c.width = width
        c.lr = lr
        return c
    }

    private func assertSame(_ a: Dataset, _ b: Dataset, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.train.inputs, b.train.inputs, file: file, line: line)
        XCTAssertEqual(a.train.labels, b.train.labels, file: file, line: line)
        XCTAssertEqual(a.validation.inputs, b.validation.inputs, file: file, line: line)
        XCTAssertEqual(a.test.inputs, b.test.inputs, file: file, line: line)
    }

    func testEachTrialGetsTheDatasetItsConfigurationNames() throws {
        let memo = DatasetMemo()
        let locations = DatasetLocations()
        // Trials that differ in model and optimiser only, then in data.
        for c in [config(), config(width: 16, lr: 3e-3), config(trainSize: 200), config(trainSize: 200, dataSeed: 1), config()] {
            let fresh = try DatasetLoader.load(c.resolved(), locations: locations)
            let remembered = try memo.dataset(for: c, locations: locations)
            XCTAssertEqual(remembered.train.count, c.trainSize)
            assertSame(remembered, fresh)
        }
    }
}
