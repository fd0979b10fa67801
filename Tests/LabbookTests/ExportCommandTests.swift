import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct ExportCommandTests {
    @Test func everyTrialIsOneRowWithItsConfigurationAndMetrics() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 2))
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path]).status == 0)

        let csv = try LabbookProcess.run(["export", "--root", folder.url.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 4)
        let header = Self.fields(lines[0])
        #expect(Array(header.prefix(4)) == ["key", "experiment", "seed", "status"])
        for column in ["width", "lr", "steps", "test_loss", "params"] { #expect(header.contains(column), "\(column)") }
        let width = try #require(header.firstIndex(of: "width")), params = try #require(header.firstIndex(of: "params"))
        let rows = lines.dropFirst().map(Self.fields)
        #expect(Set(rows.map { $0[width] }) == ["8", "16"])
        #expect(rows.allSatisfy { $0[3] == "ok" && $0[1] == "sweep/tiny" && Int($0[params]) != nil })

        let jsonl = try LabbookProcess.run(["export", "--format", "jsonl", "--root", folder.url.path, "tiny"])
        let objects = try jsonl.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == 4)
        #expect(objects.allSatisfy { ($0["config"] as? [String: Any])?["lr"] as? Double == 1e-3 && ($0["metrics"] as? [String: Any])?["test_loss"] != nil })

        #expect(try LabbookProcess.run(["export", "--root", folder.url.path, "nothing-by-that-name"]).status == 2)
    }

    @Test func eachChartIsAlsoAStandaloneLightSVGLinkedBesideItsCSV() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 1) + "\n```plot\nid: law\nexperiment: tiny\nx: width\ny: test_loss\n```\n")
        let build = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try #require(folder.read("site/notes/sweep.html"))
        #expect(page.contains("<a href=\"sweep-law.csv\">Data (CSV)</a>. <a href=\"sweep-law.svg\">Figure (SVG)</a>."))
        let svg = try #require(folder.read("site/notes/sweep-law.svg"))
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("prefers-color-scheme"), "light theme only")
        #expect(svg.contains("<style>") && svg.contains("--lb-fg:var(--fg,#1d1d1b)"), "styles and colours inside it")
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(document.rootElement()?.name == "svg")
    }

    /// One CSV line's fields (RFC 4180 quoting; no line breaks inside fields here).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previous: Character = " "
        for character in line {
            if character == "\"" {
                if quoted { quoted = false } else { if previous == "\"" { field.append("\"") }; quoted = true }
            } else if character == ",", !quoted {
                fields.append(field); field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        return fields + [field]
    }
}
