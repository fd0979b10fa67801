import Foundation
import Mustache
import Numerics
import Testing
@testable import Notes
@testable import Site

/// Labbook renders the templates it can itself, and they must come out exactly as swift-mustache
/// would render them: a notebook's own theme looks the same whichever of the two renders a page.
@Suite struct CompiledTemplateTests {
    /// Both renderings of one registered set of templates, the first by name.
    static func bothRenderings(_ templates: [String: String], of name: String, with context: [String: Any]) throws -> (labbook: String?, library: String) {
        var library = MustacheLibrary()
        var registered: [String: String] = [:]
        for (templateName, text) in templates {
            registered[templateName] = TemplateEscaping.registered(text)
            try library.register(registered[templateName]!, named: templateName)
        }
        let compiled = CompiledTemplate.renderable(registered)
        return (compiled[name]?.render(context, partials: compiled), library.render(context, withTemplate: name) ?? "")
    }

    @Test func theBuiltInThemeIsRenderedByLabbookItself() {
        let theme = Theme.load(notebookRoot: URL(fileURLWithPath: "/nonexistent"), builtIn: EmbeddedTheme.files)
        #expect(Set(theme.compiled.keys) == Set(ThemeTemplate.allCases.map(\.rawValue)))
    }

    @Test func sectionsVariablesAndStandaloneLinesComeOutAsSwiftMustachesDo() throws {
        let template = """
            <ul>
              {{#notes}}
              <li>{{title}} {{{html}}} {{&html}}{{! a comment }}{{#draft}} draft{{/draft}}{{^tags}} untagged{{/tags}}</li>
              {{#tags}}<a href="{{root}}{{url}}">{{name}}</a> {{/tags}}
              {{/notes}}
              {{^notes}}none{{/notes}}
            {{! standalone comment }}
              {{#author.name}}by {{.}}{{/author.name}} {{count}} {{ratio}} {{missing}}{{#empty}}[{{.}}]{{/empty}}{{^zero}}no{{/zero}}
            </ul>
            """
        let context: [String: Any] = [
            "root": "../", "count": 3, "ratio": 0.25, "empty": "", "zero": 0, "author": ["name": "A <b> & 'c'"],
            "notes": [["title": "One & \"two\"", "html": "<em>x</em>", "draft": true, "tags": [] as [[String: Any]]],
                      ["title": "Three", "html": "", "draft": false, "tags": [["name": "scale", "url": "tags/scale.html"]]]] as [[String: Any]],
        ]
        let (labbook, library) = try Self.bothRenderings(["page": template], of: "page", with: context)
        #expect(labbook == library)
        #expect(library.contains("One &amp; &quot;two&quot; <em>x</em> <em>x</em> draft untagged</li>"))
    }

    @Test func anIndentedStandalonePartialIndentsEveryLineItRenders() throws {
        let templates = ["page": "<div>\n  {{>item}}\n  {{#list}}\n    {{>item}}\n  {{/list}}\n</div>\n",
                         "item": "<p>\n{{name}}\n</p>\n{{#sub}}\n  <i>{{.}}</i>\n{{/sub}}\n"]
        let context: [String: Any] = ["name": "top", "sub": ["a", "b"], "list": [["name": "x"], ["name": "y", "sub": [] as [String]]]]
        let (labbook, library) = try Self.bothRenderings(templates, of: "page", with: context)
        #expect(labbook == library)
    }

    @Test func whatOnlySwiftMustacheRendersIsLeftToIt() throws {
        let unsupported = ["{{uppercased(title)}}", "{{=<% %>=}}<% title %>", "{{<parent}}{{$b}}x{{/b}}{{/parent}}",
                           "{{>*dynamic}}", "{{% CONTENT_TYPE: HTML}}{{title}}", "{{.title}}", "line\r\n{{title}}"]
        for text in unsupported {
            #expect(CompiledTemplate.compile(TemplateEscaping.registered(text)) == nil, "\(text)")
        }
        // A template leaning on one of them is the library's too, and still renders.
        let (labbook, library) = try Self.bothRenderings(["page": "<h1>{{>shout}}</h1>", "shout": "{{uppercased(title)}}"],
                                                         of: "page", with: ["title": "scale"])
        #expect(labbook == nil)
        #expect(library == "<h1>SCALE</h1>")
        // A partial nobody wrote renders as nothing, by either.
        let missing = try Self.bothRenderings(["page": "a{{>nowhere}}b"], of: "page", with: [:])
        #expect(missing.labbook == "ab" && missing.library == "ab")
    }

    @Test func aNotebooksOwnTemplateWithATransformStillRenders() throws {
        var files = labNotes
        files["templates/note.mustache"] = "<h1>{{uppercased(title)}}</h1>{{{body}}}"
        let site = try TestNotebook(files).render()
        #expect(try #require(site.page("notes/worst-group.html")).contains("<h1>THE EFFECTS OF SCALE ON WORST-GROUP PERFORMANCE</h1>"))
    }

    /// Templates made at random from the pieces Mustache has, rendered by both: the same text.
    @Test func randomTemplatesComeOutAsSwiftMustachesDo() throws {
        var random = SplitMix64(seed: 13)
        func pick<T>(_ items: [T]) -> T { items[random.index(below: items.count)] }
        let names = ["a", "b", "list", "flag", "none", "text", "a.b", "."]
        func piece(depth: Int, partials: Bool = true) -> String {
            switch random.index(below: depth > 2 ? 6 : 9) {
            case 0: return pick(["x", " ", "  ", "\t", "\n", "<&>", "{", "}", "é\u{301}", "'\""])
            case 1: return "{{\(pick(names))}}"
            case 2:
                let name = pick(names)
                return pick(["{{{\(name)}}}", "{{&\(name)}}", "{{ \(name) }}"]) + pick(["", "\n"])
            case 3: return "{{! note }}" + pick(["", "\n"])
            case 4: return partials ? "{{>part}}" + pick(["", "\n"]) : "{{.}}"
            case 5: return pick(["\n", "  \n", "\t"])
            default:
                let name = pick(["list", "flag", "none", "text", "a", "empty"])
                let open = pick(["{{#", "{{^"]) + name + "}}"
                let body = (0..<random.index(below: 4)).map { _ in piece(depth: depth + 1, partials: partials) }.joined()
                return pick(["", "  "]) + open + pick(["", "\n"]) + body + pick(["", "\n", "  "]) + "{{/\(name)}}" + pick(["", "\n", " \n"])
            }
        }
        let context: [String: Any] = ["a": ["b": "a.b <i>"], "list": [["text": "one"], ["text": "two & three", "flag": false]],
                                      "flag": true, "text": "Text 'quoted'", "empty": [] as [Any], "part": 1]
        var compared = 0
        for round in 0..<2000 {
            let page = (0..<(1 + random.index(below: 8))).map { _ in piece(depth: 0) }.joined()
            // The partial names no partial: it would include itself without end.
            let part = (0..<(1 + random.index(below: 3))).map { _ in piece(depth: 2, partials: false) }.joined()
            guard let rendered = try? Self.bothRenderings(["page": page, "part": part], of: "page", with: context) else { continue }
            if let labbook = rendered.labbook {
                #expect(labbook == rendered.library, "round \(round): page \(page.debugDescription), part \(part.debugDescription)")
                compared += 1
            }
        }
        // Most of them are labbook's to render (the rest were left to swift-mustache).
        #expect(compared > 1500, "\(compared)")
    }
}
