import Notes
import Planning
import Testing
@testable import Figures

/// Plot and table directives are read against their schemas by the one directive reader:
/// positioned errors, did-you-mean, and every declared key actually read.
@Suite struct DirectiveSchemaTests {
    /// The first directive of a note whose body starts at line 5 (the fence is line 4).
    static func directive(_ kind: String, _ body: String) -> Directive {
        let note = NoteParser.parse("---\ntitle: t\n---\n```\(kind)\n\(body)\n```\n", path: "notes/t.md", relativePath: "t.md")
        return note.directives[0]
    }

    static func plotProblems(_ body: String) -> [String] { PlotSpec.parse(directive("plot", body)).problems.map(\.description) }
    static func tableProblems(_ body: String) -> [String] { TableSpec.parse(directive("table", body)).problems.map(\.description) }

    @Test func unknownKeysGetADidYouMeanAtTheirPosition() {
        #expect(Self.plotProblems("experiment: w\nx: width\ny: test_loss\nbest_ovr: lr")
            == ["notes/t.md:8:1: error: unknown key 'best_ovr' in plot; did you mean 'best_over'?"])
        #expect(Self.tableProblems("experiment: w\nrows: width\ncolums: [test_loss]").contains(
            "notes/t.md:7:1: error: unknown key 'colums' in table; did you mean 'columns'?"))
        #expect(Self.tableProblems("experiment: w\nrows: width\ncolumns: [test_lss]")
            == ["notes/t.md:7:10: error: 'columns' names 'test_lss', which is not a metric; did you mean 'test_loss'?"])
    }

    @Test func requiredKeysAreNamed() {
        #expect(Self.plotProblems("experiment: w\nx: width") == ["notes/t.md:4:1: error: a plot needs 'y'"])
        #expect(Self.tableProblems("experiment: w") == ["notes/t.md:4:1: error: a table needs 'rows'", "notes/t.md:4:1: error: a table needs 'columns'"])
    }

    /// A value of the wrong type for what the key holds.
    static func wrongValue(_ value: DirectiveKey.Value) -> String {
        if case .rule(.text) = value { return "{a: 1}" }
        if case .names = value { return "{a: 1}" }
        return "zzz"
    }

    @Test(arguments: ["plot", "table"])
    func everyDeclaredKeyIsRead(_ kind: String) {
        let schema = kind == "plot" ? PlotSpec.schema : TableSpec.schema
        let valid = kind == "plot" ? ["experiment: w", "x: width", "y: test_loss"] : ["experiment: w", "rows: width", "columns: test_loss"]
        for key in schema.keys {
            let lines = valid.filter { !$0.hasPrefix(key.name + ":") } + ["\(key.name): \(Self.wrongValue(key.value))"]
            let problems = kind == "plot" ? Self.plotProblems(lines.joined(separator: "\n")) : Self.tableProblems(lines.joined(separator: "\n"))
            #expect(problems.contains { $0.contains("'\(key.name)'") }, "\(kind) \(key.name): \(problems)")
        }
    }
}
