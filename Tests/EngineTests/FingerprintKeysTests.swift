import Foundation
import XCTest
@testable import Engine

/// A dataset's fingerprint is computed from the configuration keys the dataset declares, and the
/// planner caches fingerprints under those keys: a key it reads but does not declare would let
/// two different datasets share one fingerprint.
final class FingerprintKeysTests: XCTestCase {
    private func generated(_ dataset: String) -> TrialConfig {
        var c = TrialConfig()
        c.dataset = dataset
        c.trainSize = 64; c.valSize = 16; c.testSize = 16
        return c
    }

    func testTheDeclaredKeysChangeTheFingerprintAndNoOthersDo() throws {
        for dataset in ["mnist1d", "teacher", "spurious"] {
            let base = generated(dataset)
            let fingerprint = try Engine.datasetFingerprint(base)
            XCTAssertEqual(try Engine.loadDataset(base).fingerprint, fingerprint, "the generator's own fingerprint")

            var declared: [TrialConfig] = []
            var c = base; c.trainSize = 65; declared.append(c)
            c = base; c.valSize = 17; declared.append(c)
            c = base; c.testSize = 17; declared.append(c)
            c = base; c.dataSeed = 1; declared.append(c)
            if dataset == "teacher" { c = base; c.teacher = TeacherSpec(width: 32); declared.append(c) }
            if dataset == "spurious" { c = base; c.spurious = SpuriousSpec(majorityFraction: 0.6); declared.append(c) }
            for changed in declared {
                XCTAssertNotEqual(try Engine.datasetFingerprint(changed), fingerprint, "\(dataset): \(changed)")
                XCTAssertNotEqual(try Engine.fingerprintInputs(changed), try Engine.fingerprintInputs(base))
            }

            var other = base
            other.width = 7; other.lr = 0.5; other.optimizer = .sgd; other.steps = 3; other.model = .resmlp
            other.dropout = 0.1; other.batch = 3; other.objective = .groupdro
            XCTAssertEqual(try Engine.datasetFingerprint(other), fingerprint, dataset)
            XCTAssertEqual(try Engine.fingerprintInputs(other), try Engine.fingerprintInputs(base), dataset)
        }
    }

    func testEveryDatasetDeclaresItsName() {
        for source in [DatasetSource.fashionMNIST, .idx("x"), .csv("x.csv"), .mnist1d, .teacher, .spurious, .fashionMNISTPatch] {
            XCTAssertTrue(source.fingerprintKeys.contains { $0.name == "dataset" }, "\(source)")
        }
    }
}
