import Foundation
import Notes
import Pipeline
import Testing

/// The pipeline's stages run by name, and each problem says which stage found it.
@Suite struct StageTests {
    /// A notebook with one mistake for each stage that validates.
    static func notebook() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-stages-\(UUID().uuidString)")
        let note = """
        ---
        title: A
        date: someday
        ---
        [x]({{< relref "missing.md" >}}) and {{< value "nowhere.b" >}}.

        ```experiment
        id: w
        dataset: mnist1d
        widht: 8
        steps: 5
        seeds: 1
        ```

        ```experiment
        id: v
        dataset: mnist1d
        width: 8
        steps: 5
        seeds: 1
        ```

        ```plot
        experiment: v
        x: width
        y: test_los
        ```

        """
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try note.write(to: root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func eachProblemCarriesTheStageThatFoundIt() throws {
        let root = try Self.notebook()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Build(root: root, log: .quiet).run(Stage.checking)
        func stage(of fragment: String) -> Stage? { report.found.first { $0.diagnostic.message.contains(fragment) }?.stage }
        #expect(stage(of: "date") == .load, "\(report.found)")
        #expect(stage(of: "missing.md") == .check)
        #expect(stage(of: "widht") == .plan)
        #expect(stage(of: "test_los") == .analyse)
        #expect(stage(of: "nowhere") == .analyse)
        #expect(report.errors == report.found.count)
        #expect(report.output == nil, "check writes nothing")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func stagesNotAskedForDoNotRun() throws {
        let root = try Self.notebook()
        defer { try? FileManager.default.removeItem(at: root) }
        let planned = try Build(root: root, log: .quiet).run(Stage.planning)
        #expect(planned.planned != nil)
        #expect(planned.pages == 0)
        #expect(!planned.found.contains { $0.stage >= .analyse })
        let loaded = try Build(root: root, log: .quiet).run([.load])
        #expect(loaded.planned == nil)
        #expect(loaded.found.allSatisfy { $0.stage == .load })
    }

    @Test func theCommandsStageListsLeaveOutWhatTheyMustNotDo() {
        #expect(!Stage.checking.contains(.run) && !Stage.checking.contains(.write))
        #expect(!Stage.rendering.contains(.run))
        #expect(Stage.building == Stage.allCases)
        #expect(Stage.allCases.sorted() == Stage.allCases)
    }

    @Test func aMissingNotesFolderStopsTheBuildWithAPositionedProblem() {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-none-\(UUID().uuidString)")
        #expect(throws: BuildFailure.self) { try Build(root: root, log: .quiet).run(Stage.checking) }
    }
}
