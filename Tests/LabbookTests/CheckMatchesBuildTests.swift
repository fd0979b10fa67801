import Foundation
import Testing

/// `labbook check` runs every validating stage: whatever `build` reports about a note, `check`
/// reports too, word for word, without training or writing anything.
@Suite struct CheckMatchesBuildTests {
    static let experiment = "```experiment\nid: w\ndataset: mnist1d\nwidth: [8, 16]\nsteps: 5\nseeds: 1\n```\n"

    /// One mistake of each kind a note can hold, and a line of what `build` says about it.
    static let mistakes: [(name: String, note: String, expected: String)] = [
        ("front matter", "---\ntitle: A\ndate: someday\n---\nText.\n", "notes/a.md:3:"),
        ("shortcode", "---\ntitle: A\n---\nA {{< sidenot >}}x{{< /sidenot >}}\n", "unknown shortcode 'sidenot'"),
        ("relref", "---\ntitle: A\n---\n[x]({{< relref \"missing.md\" >}})\n", "missing.md"),
        ("experiment key", "---\ntitle: A\n---\n" + experiment.replacingOccurrences(of: "steps:", with: "stpes:"), "did you mean 'steps'?"),
        ("plot key", "---\ntitle: A\n---\n" + experiment + "\n```plot\nexperiment: w\nx: width\ny: test_loss\nbest_ovr: lr\n```\n",
         "unknown key 'best_ovr' in plot; did you mean 'best_over'?"),
        ("plot metric", "---\ntitle: A\n---\n" + experiment + "\n```plot\nexperiment: w\nx: width\ny: test_los\n```\n", "did you mean 'test_loss'?"),
        ("plot experiment", "---\ntitle: A\n---\n" + experiment + "\n```plot\nexperiment: v\nx: width\ny: test_loss\n```\n", "'v'"),
        ("table column", "---\ntitle: A\n---\n" + experiment + "\n```table\nexperiment: w\nrows: width\ncolumns: [test_lss]\n```\n",
         "'columns' names 'test_lss', which is not a metric; did you mean 'test_loss'?"),
        ("value", "---\ntitle: A\n---\nQuoted {{< value \"nowhere.b\" >}}.\n\n" + experiment, "value 'nowhere.b' names 'nowhere'"),
        ("math", "---\ntitle: A\n---\nA law $L = \\frac{a}$.\n", "notes/a.md:4:20: error: KaTeX parse error: Unexpected end of input"),
    ]

    @Test(arguments: mistakes.indices)
    func checkReportsWhatBuildReports(_ index: Int) throws {
        let mistake = Self.mistakes[index]
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", mistake.note)
        let check = try LabbookProcess.run(["check", "--root", folder.url.path])
        #expect(check.status == 1, "\(mistake.name): \(check.stderr)")
        #expect(check.stderr.contains(mistake.expected), "\(mistake.name): \(check.stderr)")
        #expect(!folder.exists("site") && !folder.exists("results") && !folder.exists(".labbook"), "check wrote something")

        let build = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(build.status == 1)
        #expect(check.stderr == build.stderr, "\(mistake.name): check and build disagree")
    }

    @Test func checkReportsABrokenTemplateAsBuildDoes() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/a.md", "---\ntitle: A\n---\nText.\n")
        try folder.write("templates/note.mustache", "<article>{{#title}}{{title}}</article>\n")
        let check = try LabbookProcess.run(["check", "--root", folder.url.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("templates/note.mustache:"), "\(check.stderr)")
        let build = try LabbookProcess.run(["build", "--no-run", "--root", folder.url.path])
        #expect(check.stderr == build.stderr)
    }
}
