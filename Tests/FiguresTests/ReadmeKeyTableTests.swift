import Foundation
import Testing
@testable import Figures
@testable import Planning

/// README's key tables are the schemas' own: when a key is added or changed, these fail and print
/// the table to paste between the markers.
@Suite struct ReadmeKeyTableTests {
    static let schemas = ["experiment": ExperimentSchema.schema, "command": CommandSchema.schema, "plot": PlotSpec.schema, "table": TableSpec.schema]

    @Test(arguments: ["experiment", "command", "plot", "table"])
    func readmeListsTheSchemasKeys(_ name: String) throws {
        let table = try #require(Self.schemas[name]).keyTable
        let written = try Self.readmeSection(name)
        #expect(written == table, "README's \(name) keys differ from the schema; paste this between the markers:\n\(table)")
    }

    /// The README text between `<!-- <name> keys: generated … -->` and `<!-- end of <name> keys -->`.
    static func readmeSection(_ name: String, file: String = #filePath) throws -> String? {
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "<!-- \(name) keys: generated"),
              let startLine = readme[start.upperBound...].firstIndex(of: "\n"),
              let end = readme.range(of: "<!-- end of \(name) keys -->") else { return nil }
        return String(readme[readme.index(after: startLine)..<end.lowerBound])
    }
}
