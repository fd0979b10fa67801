import CZlib
import Foundation
import XCTest
@testable import Engine

final class DatasetTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("engine-datasets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func writeGzip(_ bytes: [UInt8], _ name: String) {
        let file = gzopen(directory.appendingPathComponent(name).path, "wb")!
        bytes.withUnsafeBytes { _ = gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        gzclose(file)
    }

    private func idx(shape: [Int], _ data: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 8, UInt8(shape.count)]
        for d in shape { bytes += [UInt8(d >> 24 & 255), UInt8(d >> 16 & 255), UInt8(d >> 8 & 255), UInt8(d & 255)] }
        return bytes + data
    }

    func testIDXDirectoryThroughZlib() throws {
        // Three 2×2 training images, two test images.
        writeGzip(idx(shape: [3, 2, 2], [0, 255, 51, 102, 1, 2, 3, 4, 10, 20, 30, 40]), "train-images-idx3-ubyte.gz")
        writeGzip(idx(shape: [3], [2, 0, 1]), "train-labels-idx1-ubyte.gz")
        writeGzip(idx(shape: [2, 2, 2], [255, 255, 255, 255, 0, 0, 0, 0]), "t10k-images-idx3-ubyte.gz")
        writeGzip(idx(shape: [2], [1, 2]), "t10k-labels-idx1-ubyte.gz")
        var c = TrialConfig()
        c.dataset = "idx:\(directory.path)"
        c.valSize = 1
        let data = try Engine.loadDataset(c)
        XCTAssertEqual(data.features, 4)
        XCTAssertEqual(data.outputs, 3)
        XCTAssertEqual(data.train.count, 2)
        XCTAssertEqual(data.validation.count, 1)
        XCTAssertEqual(data.test.inputs, [1, 1, 1, 1, 0, 0, 0, 0])
        XCTAssertEqual(data.test.labels, [1, 2])
        // Training and validation together are the training file, pixels divided by 255.
        let rows = (data.train.labels + data.validation.labels).sorted()
        XCTAssertEqual(rows, [0, 1, 2])
        let all = data.train.inputs + data.validation.inputs
        XCTAssertTrue(all.contains(51.0 / 255) && all.contains(1))
        XCTAssertTrue(all.allSatisfy { (0...1).contains($0) })
        XCTAssertTrue(data.fingerprint.hasPrefix("idx/sha256:"))
        // The fingerprint follows the files' content.
        let before = try Engine.datasetFingerprint(c)
        XCTAssertEqual(before, data.fingerprint)
        writeGzip(idx(shape: [2], [1, 1]), "t10k-labels-idx1-ubyte.gz")
        XCTAssertNotEqual(try Engine.datasetFingerprint(c), before)
    }

    /// A hash an earlier build kept stands for a file whose stamp is unchanged (the file is not
    /// read again); a file whose stamp changed is hashed anew; a file changed just before it was
    /// hashed is not kept for another build.
    func testKeptFileHashesStandForUnchangedFilesOnly() throws {
        let path = directory.appendingPathComponent("kept.csv").path
        try "x,label\n1,0\n2,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let hourAgo = Date(timeIntervalSinceNow: -3600)
        try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: path)
        var c = TrialConfig()
        c.dataset = "csv:\(path)"
        let kept = String(repeating: "0", count: 64)
        Engine.rememberDatasetFileHashes([FileHash(stamp: CompressedFile.stamp(path).text, sha256: kept)])
        let remembered = try Engine.datasetFingerprint(c)
        XCTAssertTrue(remembered.contains(kept), remembered)
        XCTAssertTrue(Engine.datasetFileHashes.contains(FileHash(stamp: CompressedFile.stamp(path).text, sha256: kept)))

        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -1800)], ofItemAtPath: path)
        let rehashed = try Engine.datasetFingerprint(c)
        XCTAssertFalse(rehashed.contains(kept), "a changed stamp is hashed again")
        XCTAssertTrue(Engine.datasetFileHashes.contains { $0.stamp == CompressedFile.stamp(path).text && $0.sha256 != kept })
        XCTAssertFalse(Engine.datasetFileHashes.contains { $0.sha256 == kept }, "the old stamp's hash is not kept")

        let fresh = directory.appendingPathComponent("fresh.csv").path
        try "x,label\n1,0\n".write(toFile: fresh, atomically: true, encoding: .utf8)
        c.dataset = "csv:\(fresh)"
        _ = try Engine.datasetFingerprint(c)
        XCTAssertTrue(Engine.datasetFilesRead.contains(fresh))
        XCTAssertFalse(Engine.datasetFileHashes.contains { $0.stamp.hasPrefix(fresh + "|") }, "changed within the second: not kept")
    }

    func testMissingFashionMNISTNamesThePathAndThePackage() {
        var c = TrialConfig()
        c.dataset = "fashion-mnist"
        let locations = DatasetLocations(fashionMNIST: "/nonexistent/fashion")
        XCTAssertThrowsError(try Engine.loadDataset(c, locations: locations)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("/nonexistent/fashion/train-images-idx3-ubyte.gz"), text)
            XCTAssertTrue(text.contains("dataset-fashion-mnist"), text)
        }
        XCTAssertThrowsError(try Engine.datasetFingerprint(c, locations: locations))
    }

    func testCSVWithNamedLabelColumnAndNestedTrainSizes() throws {
        var lines = ["x1,species,x2"]
        for i in 0..<40 { lines.append("\(i),\(["setosa", "virginica"][i % 2]),\(Double(i) * 0.5)") }
        let path = directory.appendingPathComponent("plants.csv").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var c = TrialConfig()
        c.dataset = "csv:plants.csv"
        c.label = "species"
        c.valSize = 5
        c.testSize = 5
        let locations = DatasetLocations(root: directory.path)
        let full = try Engine.loadDataset(c, locations: locations)
        XCTAssertEqual(full.features, 2)
        XCTAssertEqual(full.outputs, 2)
        XCTAssertEqual([full.train.count, full.validation.count, full.test.count], [30, 5, 5])
        // Each row's features stay with its label: x1 even ↔ setosa (class 0).
        for r in 0..<full.train.count {
            XCTAssertEqual(Int(full.train.inputs[2 * r]) % 2, Int(full.train.labels[r]))
            XCTAssertEqual(full.train.inputs[2 * r + 1], full.train.inputs[2 * r] * 0.5)
        }
        c.trainSize = 10
        let ten = try Engine.loadDataset(c, locations: locations)
        c.trainSize = 20
        let twenty = try Engine.loadDataset(c, locations: locations)
        XCTAssertEqual(ten.train.count, 10)
        XCTAssertEqual(Array(twenty.train.inputs.prefix(20)), ten.train.inputs, "smaller training sets are subsets of larger ones")
        XCTAssertEqual(ten.validation.inputs, full.validation.inputs, "train_size never moves the validation split")
        XCTAssertEqual(ten.test.inputs, full.test.inputs)
        XCTAssertTrue(ten.fingerprint.hasPrefix("csv/sha256:"))

        c.label = "kind"
        XCTAssertThrowsError(try Engine.loadDataset(c, locations: locations)) { error in
            XCTAssertTrue("\(error)".contains("no column named 'kind'; columns are x1, species, x2"), "\(error)")
        }
        let numericPath = directory.appendingPathComponent("curve.csv").path
        try (["x,y"] + (0..<30).map { "\($0),\(Double($0) * 2 + 1)" }).joined(separator: "\n").write(toFile: numericPath, atomically: true, encoding: .utf8)
        var r = TrialConfig()
        r.dataset = "csv:\(numericPath)"
        r.label = "y"
        r.task = .regression
        let regression = try Engine.loadDataset(r)
        XCTAssertEqual(regression.task, .regression)
        XCTAssertEqual([regression.train.count, regression.validation.count, regression.test.count], [24, 3, 3], "10% each by default")
        for i in 0..<regression.train.count {
            XCTAssertEqual(regression.train.targets[i], regression.train.inputs[i] * 2 + 1)
        }
    }

    func testMNIST1D() throws {
        var c = TrialConfig()
        c.dataset = "mnist1d"
        let data = try Engine.loadDataset(c)
        XCTAssertEqual(data.features, 40)
        XCTAssertEqual(data.outputs, 10)
        XCTAssertEqual([data.train.count, data.validation.count, data.test.count], [4_000, 1_000, 1_000])
        XCTAssertEqual(data.train.inputs.count, 4_000 * 40)
        XCTAssertEqual(data.train.labels.filter { $0 == 3 }.count, 400)
        let mean = data.train.inputs.reduce(0.0) { $0 + Double($1) } / Double(data.train.inputs.count)
        XCTAssertEqual(mean, 0, accuracy: 0.01)
        XCTAssertTrue(data.fingerprint.hasPrefix("mnist1d/v1 "))
        XCTAssertEqual(try Engine.loadDataset(c).train.inputs, data.train.inputs, "generated from the data seed")
        c.dataSeed = 1
        XCTAssertNotEqual(try Engine.loadDataset(c).train.inputs, data.train.inputs)
        c.dataSeed = 0
        c.trainSize = 100
        XCTAssertEqual(try Engine.loadDataset(c).train.inputs, Array(data.train.inputs.prefix(4_000)), "example i depends only on (seed, split, i)")
        XCTAssertNotEqual(try Engine.datasetFingerprint(c), data.fingerprint)
        // Templates are standardised and start at 0, as in the paper's code.
        for t in MNIST1D.templates { XCTAssertEqual(t[0], 0, accuracy: 1e-12) }
    }

    func testMNIST1DIsLearnableButNotTrivial() throws {
        var c = TrialConfig()
        c.dataset = "mnist1d"
        c.width = 64
        c.steps = 600
        c.batch = 64
        c.lr = 3e-3
        let result = try Engine.train(c, seed: 0)
        let accuracy = result.metrics["test_acc"]!
        print("mnist1d mlp test_acc after 600 steps: \(accuracy)")
        XCTAssertGreaterThan(accuracy, 0.35, "chance is 0.1")
        XCTAssertLessThan(accuracy, 0.99)
    }

    func testTeacherMakesExactlyTheSamplesAsked() throws {
        var c = TrialConfig()
        c.dataset = "teacher"
        c.teacher = TeacherSpec(inputs: 6, width: 8, depth: 2, outputs: 3)
        c.trainSize = 123
        c.valSize = 7
        c.testSize = 9
        let data = try Engine.loadDataset(c)
        XCTAssertEqual([data.train.count, data.validation.count, data.test.count], [123, 7, 9])
        XCTAssertEqual(data.features, 6)
        XCTAssertTrue(data.train.labels.allSatisfy { (0..<3).contains($0) })
        XCTAssertGreaterThan(Set(data.train.labels).count, 1)
        XCTAssertEqual(try Engine.loadDataset(c).train.inputs, data.train.inputs)
        c.trainSize = 200
        let more = try Engine.loadDataset(c)
        XCTAssertEqual(Array(more.train.inputs.prefix(123 * 6)), data.train.inputs, "more samples extend the same stream")
        XCTAssertEqual(more.test.inputs, data.test.inputs)
        XCTAssertTrue(data.fingerprint.contains("width=8 depth=2"))
    }
}
