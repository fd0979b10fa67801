import AllocationCounter
import XCTest
@testable import Engine

/// A training step allocates nothing once the run is built: every buffer is made with the
/// model and reused. Counted with a malloc replacement (Tests/AllocationCounter) on the thread
/// that trains, over enough steps to cross an epoch boundary (the reshuffle).
final class StepAllocationTests: XCTestCase {
    /// 200 examples in batches of 32: six steps an epoch, so 20 measured steps reshuffle three times.
    private func allocations(_ change: (inout TrialConfig) -> Void) throws -> Int {
        try XCTSkipUnless(allocation_counter_available(), "counting allocations needs glibc")
        var c = TrainingTests.teacherConfig()
        c.trainSize = 200
        c.optimizer = .adam
        change(&c)
        let run = try TrainingRun(config: c, seed: 3, dataset: try Engine.loadDataset(c))
        _ = run.step(0)
        allocation_counter_start()
        for index in 1...20 { _ = run.step(index) }
        return Int(allocation_counter_stop())
    }

    /// The counter itself sees an allocation, so a zero below means something.
    func testTheCounterSeesAnAllocation() throws {
        try XCTSkipUnless(allocation_counter_available(), "counting allocations needs glibc")
        allocation_counter_start()
        let array = [Float](repeating: 1, count: Int.random(in: 100...200))
        let seen = allocation_counter_stop()
        XCTAssertEqual(array.count > 0 ? 1 : 0, 1)
        XCTAssertGreaterThan(seen, 0)
    }

    func testAnMLPStepWithAdamAllocatesNothing() throws {
        let count = try allocations { $0.model = .mlp }
        XCTAssertEqual(count, 0)
    }

    func testAResidualMLPStepWithBatchNormDropoutAndAdamAllocatesNothing() throws {
        let count = try allocations { c in
            c.model = .resmlp
            c.norm = .batch
            c.dropout = 0.1
        }
        XCTAssertEqual(count, 0)
    }

    func testAnSGDStepWithNesterovMomentumAllocatesNothing() throws {
        let count = try allocations { c in
            c.optimizer = .sgd
            c.momentum = 0.9
            c.nesterov = true
            c.norm = .layer
        }
        XCTAssertEqual(count, 0)
    }

    /// MNIST-1D keeps its 1×40 shape: 1-D convolutions, max pooling, channel batch norm, dropout.
    func testACNNStepWithBatchNormAllocatesNothing() throws {
        let count = try allocations { c in
            c.dataset = "mnist1d"
            c.trainSize = 200
            c.model = .cnn
            c.width = 4
            c.depth = 3
            c.norm = .batch
            c.dropout = 0.1
        }
        XCTAssertEqual(count, 0)
    }

    /// Strided convolutions, projection shortcuts and global average pooling.
    func testAResNetStepAllocatesNothing() throws {
        let count = try allocations { c in
            c.dataset = "mnist1d"
            c.trainSize = 200
            c.model = .resnet
            c.width = 4
            c.depth = 1
        }
        XCTAssertEqual(count, 0)
    }
}
