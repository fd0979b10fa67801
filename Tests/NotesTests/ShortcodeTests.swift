import Testing
@testable import Notes

@Suite struct ShortcodeTests {
    private func asides(_ note: Note) -> [Aside] {
        note.embeds.compactMap { if case .aside(let aside) = $0 { aside } else { nil } }
    }

    @Test func sidenotesInBothFormsCarryMarkdown() throws {
        let note = parse("""
        A claim.{{% sidenote %}}a *Markdown* [link](https://example.org){{% /sidenote %}} And
        another.{{< sidenote >}}second **one**{{< /sidenote >}} Then {{< marginnote >}}in the margin{{< /marginnote >}}.
        """)
        #expect(note.diagnostics.isEmpty)
        let found = asides(note)
        #expect(found.map(\.kind) == [.sidenote, .sidenote, .marginnote])
        let first = try #require(found.first?.content.children.first)
        #expect(first.kind == .paragraph)
        #expect(first.children.map(\.kind) == [.text, .emphasis, .text, .link])
        #expect(found[0].location.line == 1 && found[0].location.column == 9)
        #expect(found[1].location.line == 2)
    }

    @Test func referencesAndValuesKeepTheirArgument() {
        let note = parse("[paper]({{< relref \"other.md#2022-01-01\" >}}) and {{< ref \"sub/x.md\" >}} b = {{< value \"width-law.b\" >}}.")
        #expect(note.diagnostics.isEmpty)
        let references = note.embeds.compactMap { if case .reference(let r) = $0 { r } else { nil } }
        #expect(references.map(\.notePath) == ["other.md", "sub/x.md"])
        #expect(references.map(\.anchor) == ["2022-01-01", nil])
        let values = note.embeds.compactMap { if case .value(let v) = $0 { v.path } else { nil } }
        #expect(values == ["width-law.b"])
        // The link destination holds the placeholder, so the renderer can resolve it.
        let link = note.document.children[0].children[0]
        #expect(link.kind == .link && link.url.hasPrefix("LBQ"))
    }

    @Test func unknownShortcodeIsAnErrorWithASuggestion() throws {
        let note = parse("Line one.\nSee {{< sidenot >}}x{{< /sidenot >}}.\n")
        let error = try #require(note.diagnostics.first)
        #expect(error.description == "notes/2024-05-01-test.md:2:5: error: unknown shortcode 'sidenot'; did you mean 'sidenote'?")
    }

    @Test func unclosedAndStrayShortcodesAreErrors() {
        let unclosed = parse("Text {{% sidenote %}} never closed.\n")
        #expect(unclosed.diagnostics.map(\.message) == ["unclosed shortcode 'sidenote': expected '{{% /sidenote %}}' after it"])
        #expect(unclosed.diagnostics.first?.location.column == 6)
        let stray = parse("Text {{% /marginnote %}}\n")
        #expect(stray.diagnostics.first?.message.contains("has no opening") == true)
        let unterminated = parse("Text {{< relref \"x.md\" \n\nmore")
        #expect(unterminated.diagnostics.first?.message == "unterminated shortcode: `{{<` is never closed with `>}}`")
    }

    @Test func wrongArgumentsAreErrors() {
        #expect(parse("{{< relref >}}").diagnostics.first?.message.contains("exactly one quoted argument") == true)
        #expect(parse("{{% sidenote \"x\" %}}a{{% /sidenote %}}").diagnostics.first?.message == "shortcode 'sidenote' takes no arguments")
    }

    @Test func codeIsLeftAlone() {
        let note = parse("""
        Inline `{{< nope >}} $x$` code.

        ```
        {{< nope >}} and $y_1 * z_2$
        ```
        """)
        #expect(note.diagnostics.isEmpty)
        #expect(note.embeds.isEmpty)
        #expect(note.document.children[1].literal == "{{< nope >}} and $y_1 * z_2$\n")
    }

    @Test func escapedShortcodesShowAsWritten() {
        let note = parse("Write {{</* sidenote */>}} like this.")
        #expect(note.diagnostics.isEmpty)
        #expect(note.embeds == [.literal("{{< sidenote >}}")])
    }

    @Test func linesAfterAMultilineSidenoteMapBackToTheNote() throws {
        let note = parse("""
        Para{{% sidenote %}}one

        two

        three{{% /sidenote %}} end.

        ```plot
        id: p
        ```
        """)
        let directive = try #require(note.directives.first)
        #expect(directive.location.line == 7)
        #expect(directive.bodyFirstLine == 8)
        #expect(directive.id == "p")
        let aside = try #require(asides(note).first)
        #expect(aside.content.children.count == 3, "three paragraphs inside the sidenote")
    }
}

@Suite struct MathTests {
    @Test func emphasisRulesNeverTouchMath() {
        let note = parse("Loss $L = a_1 * x^{-b} * c_2$ and $$\\sum_i w_i * v_i$$ here.")
        #expect(note.embeds == [.math(MathSpan(source: "$L = a_1 * x^{-b} * c_2$", display: false, location: .init(path: "notes/2024-05-01-test.md", line: 1, column: 6))),
                                .math(MathSpan(source: "$$\\sum_i w_i * v_i$$", display: true, location: .init(path: "notes/2024-05-01-test.md", line: 1, column: 35)))])
        let paragraph = note.document.children[0]
        #expect(!paragraph.children.contains { $0.kind == .emphasis })
    }

    @Test func pricesStayText() {
        let note = parse("It cost $5 and then $10, not \\$x\\$.")
        #expect(note.embeds.isEmpty)
    }

    @Test func displayMathMaySpanLines() {
        let note = parse("$$\nL(N, D) = E + A/N^\\alpha\n$$\n\nAfter.")
        #expect(note.embeds.count == 1)
        #expect(note.document.children.count == 2)
    }

    /// LaTeX's own delimiters, `\(…\)` inline and `\[…\]` displayed, like the dollars.
    @Test func latexDelimitersAreMathToo() {
        let note = parse("Inline \\(a_1 * b_2\\) and\n\\[\nL = E + A x^{-b}\n\\]\nafter.")
        let spans = note.embeds.compactMap { embed -> MathSpan? in if case .math(let span) = embed { span } else { nil } }
        #expect(spans.map(\.tex) == ["a_1 * b_2", "\nL = E + A x^{-b}\n"])
        #expect(spans.map(\.display) == [false, true])
        #expect(spans.map(\.location.line) == [1, 2])
        #expect(spans[0].location.column == 8)
    }

    /// A backslash before brackets with no closing one is an ordinary escape: `\[not a link]`.
    @Test func unclosedLatexDelimitersStayText() {
        let note = parse("See \\[not a link] and \\(open.")
        #expect(note.embeds.isEmpty)
        #expect(note.plainText(note.document.children[0]).contains("[not a link]"))
    }

    @Test func mathInCodeIsNeverTouched() {
        let note = parse("Write `$x^2$` or `\\(y\\)`.\n\n```\n$$z$$\n```\n")
        #expect(note.embeds.isEmpty)
    }
}

@Suite struct DirectiveTests {
    @Test func fencedBlocksNamingADirectiveAreFound() throws {
        let note = parse("""
        Text.

        ```experiment
        id: width
        width: [64, 128]
        ```

        ```python
        print(1)
        ```

        ```table
        experiment: width
        ```
        """)
        #expect(note.directives.map(\.kind) == [.experiment, .table])
        let experiment = try #require(note.directives.first)
        #expect(experiment.id == "width")
        #expect(experiment.location.line == 3)
        let yaml = try #require(try experiment.yaml())
        #expect(yaml["width"]?.sequence?.compactMap(\.int) == [64, 128])
        #expect(yaml["width"]?.location.line == 5)
        #expect(yaml["width"]?.location.column == 8)
    }

    @Test func badDirectiveYAMLPointsIntoTheNote() throws {
        let note = parse("Intro.\n\n```plot\nid: a\nx: [1, 2\n```\n")
        let directive = try #require(note.directives.first)
        #expect(throws: Diagnostic.self) { try directive.yaml() }
        do { _ = try directive.yaml() } catch { #expect(error.location.line >= 5) }
    }

    /// Notes saved on Windows end their lines with CR LF: a closed block is a directive, and a
    /// block left open is still reported at its fence.
    @Test func fencesAreFoundInNotesWithWindowsLineEndings() throws {
        let closed = parse("Intro.\r\n\r\n```experiment\r\nid: w\r\nwidth: [8]\r\n```\r\n\r\nAfter.\r\n")
        #expect(closed.diagnostics.isEmpty)
        #expect(closed.directives.map(\.id) == ["w"])
        let open = parse("Intro.\r\n\r\n```experiment\r\nid: w\r\nwidth: [8]\r\n\r\nAfter.\r\n")
        #expect(open.diagnostics.map(\.message) == ["this experiment block is never closed: end its YAML with a line of three backticks"])
        #expect(open.diagnostics.first?.location.line == 3)
    }
}
