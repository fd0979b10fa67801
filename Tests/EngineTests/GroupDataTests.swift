import Foundation
import XCTest
@testable import Engine

final class GroupDataTests: XCTestCase {
    /// A small spurious task for debug-build tests: the paper's noise levels, fewer dimensions.
    static func spuriousConfig() -> TrialConfig {
        var c = TrialConfig()
        c.dataset = "spurious"
        c.spurious = SpuriousSpec(coreDim: 10, spuriousDim: 10)
        c.trainSize = 1_000
        c.valSize = 400
        c.testSize = 400
        c.model = .linear
        c.batch = 50
        c.steps = 200
        c.evalEvery = 50
        c.lr = 1e-2
        return c
    }

    func testSpuriousDefaultsAreThoseOfSagawaEtAl2020() throws {
        var c = TrialConfig()
        c.dataset = "spurious"
        let r = c.resolved()
        XCTAssertEqual(r.spurious, SpuriousSpec(coreDim: 100, spuriousDim: 100, coreVariance: 100, spuriousVariance: 1, majorityFraction: 0.9))
        XCTAssertEqual([r.trainSize, r.valSize, r.testSize], [3_000, 1_000, 2_000])
        XCTAssertEqual(r.groupWeighting, GroupWeighting.none)
        XCTAssertEqual(r.resolved(), r)
        XCTAssertEqual(SpuriousDataset.trainingGroupSizes(3_000, majorityFraction: 0.9), [1_350, 150, 150, 1_350])
        XCTAssertEqual(SpuriousDataset.balancedGroupSizes(1_002), [251, 251, 250, 250])
    }

    func testSpuriousGroupsLabelsAndFeatureMeans() throws {
        var c = Self.spuriousConfig()
        c.spurious = SpuriousSpec(coreDim: 3, spuriousDim: 2, coreVariance: 4, spuriousVariance: 0.25, majorityFraction: 0.8)
        c.trainSize = 2_000
        let data = try Engine.loadDataset(c)
        XCTAssertEqual(data.features, 5)
        XCTAssertEqual(data.outputs, 2)
        XCTAssertEqual(data.groupNames, ["0", "1", "2", "3"])
        func sizes(_ s: Split) -> [Int] { (0..<4).map { g in s.groups.filter { $0 == g }.count } }
        XCTAssertEqual(sizes(data.train), [800, 200, 200, 800])
        XCTAssertEqual(sizes(data.validation), [100, 100, 100, 100])
        XCTAssertEqual(sizes(data.test), [100, 100, 100, 100])
        // Group g = 2·[y = +1] + [a = +1]; class 1 is y = +1. Per group, the core features
        // average y and the spurious ones a, with variances σ_core² = 4 and σ_spu² = 0.25.
        let train = data.train
        for g in 0..<4 {
            let rows = (0..<train.count).filter { train.groups[$0] == Int32(g) }
            XCTAssertTrue(rows.allSatisfy { Int(train.labels[$0]) == g / 2 })
            let y = g >= 2 ? 1.0 : -1.0, a = g % 2 == 1 ? 1.0 : -1.0
            let core = rows.flatMap { r in (0..<3).map { Double(train.inputs[r * 5 + $0]) } }
            let spurious = rows.flatMap { r in (3..<5).map { Double(train.inputs[r * 5 + $0]) } }
            func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
            func variance(_ x: [Double]) -> Double { let m = mean(x); return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count) }
            // Standard errors: 2/√600 ≈ 0.08 (core, smallest group) and 0.5/√400 ≈ 0.025 (spurious).
            XCTAssertEqual(mean(core), y, accuracy: 0.3)
            XCTAssertEqual(mean(spurious), a, accuracy: 0.1)
            XCTAssertEqual(variance(core), 4, accuracy: 0.6)
            XCTAssertEqual(variance(spurious), 0.25, accuracy: 0.05)
        }
        XCTAssertEqual(try Engine.loadDataset(c).train.inputs, data.train.inputs, "generated from the data seed")
        XCTAssertTrue(data.fingerprint.hasPrefix("spurious/v1 core_dim=3 spurious_dim=2"))
        XCTAssertEqual(try Engine.datasetFingerprint(c), data.fingerprint)
        c.dataSeed = 1
        XCTAssertNotEqual(try Engine.loadDataset(c).train.inputs, data.train.inputs)
    }

    func testSubsamplingKeepsTheSmallestGroupsSizeOfEachGroup() throws {
        let data = try Engine.loadDataset(Self.spuriousConfig())
        XCTAssertEqual(data.train.indicesByGroup(4).map(\.count), [450, 50, 50, 450])
        let subset = data.train.groupBalancedSubset(groupCount: 4, seed: 0, features: data.features, outputs: 2)
        XCTAssertEqual(subset.indicesByGroup(4).map(\.count), [50, 50, 50, 50])
        XCTAssertEqual(subset.labels.count, 200)
        XCTAssertEqual(data.train.groupBalancedSubset(groupCount: 4, seed: 0, features: data.features, outputs: 2).inputs, subset.inputs)
        var c = Self.spuriousConfig()
        c.groupWeighting = .subsample
        c.steps = nil
        c.epochs = 1
        c.evalEvery = nil
        XCTAssertEqual(try Engine.train(c, seed: 0).steps, 4, "one epoch of the 200 kept examples in batches of 50")
    }

    func testCSVGroupColumnIsNotAFeatureAndNamesTheGroups() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("engine-groups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Groups 2 and 10 (numeric order, not text order); the label is x's sign.
        var lines = ["x,site,label"]
        for i in 0..<200 { lines.append("\(Double(i % 20) - 9.5),\(i % 4 == 0 ? 10 : 2),\(i % 20 >= 10 ? 1 : 0)") }
        try lines.joined(separator: "\n").write(to: directory.appendingPathComponent("sites.csv"), atomically: true, encoding: .utf8)
        var c = TrialConfig()
        c.dataset = "csv:sites.csv"
        c.group = "site"
        c.model = .linear
        c.steps = 100
        c.batch = 20
        c.lr = 0.05
        XCTAssertEqual(c.resolved().group, "site")
        XCTAssertEqual(c.resolved().groupWeighting, GroupWeighting.none)
        let locations = DatasetLocations(root: directory.path)
        let data = try Engine.loadDataset(c, locations: locations)
        XCTAssertEqual(data.features, 1)
        XCTAssertEqual(data.groupNames, ["2", "10"])
        XCTAssertEqual(data.train.groups.count, data.train.count)
        for r in 0..<data.train.count {  // x = i mod 20 − 9.5, site 10 exactly when i mod 4 = 0
            let i = Int(data.train.inputs[r] + 9.5)
            XCTAssertEqual(data.train.groups[r], i % 4 == 0 ? 1 : 0)
        }
        c.objective = .groupdro
        let result = try Engine.train(c, seed: 0, options: Engine.Options(locations: locations))
        XCTAssertNotNil(result.metrics["test_group_acc.10"])
        XCTAssertNotNil(result.metrics["val_group_loss.2"])
        XCTAssertGreaterThan(result.metrics["test_worst_group_acc"]!, 0.8)
        c.group = "region"
        XCTAssertThrowsError(try Engine.loadDataset(c, locations: locations)) { error in
            XCTAssertTrue("\(error)".contains("no group column named 'region'"), "\(error)")
        }
    }

    func testGroupKeysAreDroppedWhereTheyDoNotApply() throws {
        var c = TrialConfig()
        c.groupWeighting = GroupWeighting.none
        c.droEta = 0.1
        c.irmLambda = 5
        c.spurious = SpuriousSpec()
        c.group = "site"
        let r = c.resolved()
        XCTAssertNil(r.groupWeighting)
        XCTAssertNil(r.droEta)
        XCTAssertNil(r.irmLambda)
        XCTAssertNil(r.spurious)
        XCTAssertNil(r.group)
        XCTAssertEqual(r, TrialConfig().resolved())

        var bad = TrialConfig()
        bad.objective = .groupdro
        bad.groupWeighting = .subsample
        bad.earlyStopping = EarlyStopping(metric: "val_worst_group_acc")
        let problems = bad.problems().map(\.description).joined(separator: "\n")
        XCTAssertTrue(problems.contains("'objective' groupdro needs a dataset with groups"), problems)
        XCTAssertTrue(problems.contains("'group_weighting' subsample needs a dataset with groups"), problems)
        XCTAssertTrue(problems.contains("'early_stopping.metric' val_worst_group_acc needs a dataset with groups"), problems)
        var spurious = Self.spuriousConfig()
        spurious.spurious?.majorityFraction = 1.5
        XCTAssertEqual(spurious.problems(), [ConfigProblem(["spurious", "majority_fraction"], "must be in [0, 1], got 1.5")])
    }

    func testDecodesGroupKeysInDirectiveSpelling() throws {
        let json = #"{"dataset": "spurious", "spurious": {"core_dim": 5, "majority_fraction": 0.95}, "objective": "groupdro", "dro_eta": 0.1, "group_weighting": "subsample"}"#
        let c = try JSONDecoder().decode(TrialConfig.self, from: Data(json.utf8))
        XCTAssertEqual(c.spurious, SpuriousSpec(coreDim: 5, majorityFraction: 0.95))
        XCTAssertEqual(c.objective, .groupdro)
        XCTAssertEqual(c.groupWeighting, .subsample)
        let r = c.resolved()
        XCTAssertEqual(r.droEta, 0.1)
        XCTAssertEqual(r.droAdjustment, 0)
        XCTAssertNil(r.irmLambda)
        XCTAssertEqual(try JSONDecoder().decode(TrialConfig.self, from: JSONEncoder().encode(r)), r)
        for key in ["group", "spurious", "group_weighting", "dro_eta", "dro_adjustment", "irm_lambda", "irm_anneal_steps", "andmask_tau"] {
            XCTAssertTrue(TrialConfig.keys.contains(key), key)
        }
        XCTAssertEqual(Objective.allCases.map(\.rawValue), ["erm", "groupdro", "irm", "andmask"])
        XCTAssertEqual(GroupWeighting.allCases.map(\.rawValue), ["none", "reweight", "subsample"])
    }

    func testERMOnSpuriousReportsGroupAndWorstGroupMetrics() throws {
        let result = try Engine.train(Self.spuriousConfig(), seed: 0)
        XCTAssertEqual(result.status, .ok)
        let m = result.metrics
        for split in ["val", "test"] {
            let accuracies = (0..<4).map { m["\(split)_group_acc.\($0)"]! }
            let losses = (0..<4).map { m["\(split)_group_loss.\($0)"]! }
            XCTAssertEqual(m["\(split)_worst_group_acc"], accuracies.min())
            XCTAssertEqual(m["\(split)_worst_group_loss"], losses.max())
            // Balanced groups of equal size: the overall figures are the groups' means.
            XCTAssertEqual(m["\(split)_acc"]!, accuracies.reduce(0, +) / 4, accuracy: 1e-12)
            XCTAssertEqual(m["\(split)_loss"]!, losses.reduce(0, +) / 4, accuracy: 1e-6)
            XCTAssertNotNil(m["best_\(split)_worst_group_acc"])
            XCTAssertNotNil(m["best_\(split)_worst_group_loss"])
        }
        print("spurious ERM: test_acc \(m["test_acc"]!), test_worst_group_acc \(m["test_worst_group_acc"]!)")
        // ERM leans on the spurious features: the minority groups (1, 2) do worse than the majority.
        XCTAssertLessThan(m["test_worst_group_acc"]!, m["test_acc"]!)
        XCTAssertLessThan(min(m["test_group_acc.1"]!, m["test_group_acc.2"]!), min(m["test_group_acc.0"]!, m["test_group_acc.3"]!))
        let last = result.curve.last!
        XCTAssertEqual(last.testWorstGroupAcc, m["test_worst_group_acc"])
        XCTAssertEqual(m["best_val_worst_group_acc"], result.curve.compactMap(\.valWorstGroupAcc).max())

        // Datasets without groups get none of these, and their curve points encode as before.
        let teacher = try Engine.train(TrainingTests.teacherConfig(), seed: 0)
        XCTAssertFalse(teacher.metrics.keys.contains { $0.contains("group") })
        let point = String(decoding: try JSONEncoder().encode(teacher.curve[0]), as: UTF8.self)
        XCTAssertFalse(point.contains("group"), point)
    }
}
