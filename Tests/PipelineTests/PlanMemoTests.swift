import Foundation
import Notes
import Planning
import Testing
@testable import Pipeline

/// `serve` takes the last plan again when no experiment and no command's code changed; a code
/// file saved while the plan was made (or just before) is not trusted to be the one it read.
@Suite struct PlanMemoTests {
    @Test func thePlanIsKeptOnlyWhileTheCodeFilesAreAsTheyWereWhenItWasMade() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-planmemo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        try Data("---\ntitle: A\n---\n```experiment\nid: e\ncommand: python3 scripts/law.py\ncode: [scripts/law.py]\nwidth: [16, 32]\nseeds: 1\n```\n".utf8)
            .write(to: root.appendingPathComponent("notes/a.md"))
        let script = root.appendingPathComponent("scripts/law.py")
        try Data("print('{}')\n".utf8).write(to: script)

        let memo = PlanMemo()
        let notebook = try Notebook.load(root: root)
        var made = 0
        func plan() -> ExperimentPlanner.Plan {
            memo.plan(notebook, includeDrafts: false) {
                made += 1
                var planner = ExperimentPlanner(locations: ExperimentPlanner.locations(for: notebook))
                return planner.plan(notebook, includeDrafts: false)
            }
        }
        #expect(plan().trials.count == 2)
        _ = plan()
        #expect(made == 2, "the script was written a moment ago: the plan made from it is not kept")

        // Written a minute ago: the plan is kept, and taken again while the script stays as it is.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: script.path)
        _ = plan()
        _ = plan()
        #expect(made == 3)

        // The script edited (its stamp changes): planned again.
        try Data("print('{\"loss\": 1}')\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-30)], ofItemAtPath: script.path)
        _ = plan()
        _ = plan()
        #expect(made == 4)
    }
}
