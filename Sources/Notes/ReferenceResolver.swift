import Synchronization

/// Finds the note a `relref`/`ref` names: by path inside notes/, else by file name when only one
/// note has it (with or without its date prefix).
package struct ReferenceResolver: Sendable {
    private let includeDrafts: Bool
    private let index: Index
    private var notes: [Note] { index.notes }

    package init(notes: [Note], includeDrafts: Bool) {
        self.init(includeDrafts: includeDrafts, index: Index(notes))
    }

    private init(includeDrafts: Bool, index: Index) {
        self.includeDrafts = includeDrafts
        self.index = index
    }

    /// The same resolver, for a note that may or may not link to drafts (the index is shared).
    package func including(drafts: Bool) -> ReferenceResolver {
        ReferenceResolver(includeDrafts: drafts, index: index)
    }

    /// The notes by path, file name and slug, made once: each reference used to look through
    /// every note three ways, and a thousand notes linking to each other made that a million
    /// comparisons. A note's anchors are found the first time a link asks for one.
    private final class Index: Sendable {
        let byPath: [String: [Int]]
        let byFileName: [String: [Int]]
        let bySlug: [String: [Int]]
        let notes: [Note]
        private let anchors = Mutex<[Int: Set<String>]>([:])

        init(_ notes: [Note]) {
            var byPath: [String: [Int]] = [:], byFileName: [String: [Int]] = [:], bySlug: [String: [Int]] = [:]
            for (position, note) in notes.enumerated() {
                let file = ReferenceResolver.fileName(note.relativePath)
                byPath[note.relativePath, default: []].append(position)
                byFileName[file, default: []].append(position)
                bySlug[Slug.fromFileName(file).slug, default: []].append(position)
            }
            (self.byPath, self.byFileName, self.bySlug, self.notes) = (byPath, byFileName, bySlug, notes)
        }

        func linkTargets(of position: Int) -> Set<String> {
            if let known = anchors.withLock({ $0[position] }) { return known }
            let found = notes[position].linkTargets
            anchors.withLock { $0[position] = found }
            return found
        }
    }

    package enum Failure: Error, Equatable {
        case missing(String)
        case ambiguous(String, [String])
        case draft(String, path: String)
        /// The note exists, but has no heading or directive with that anchor.
        case missingAnchor(String, anchor: String, path: String, suggestion: String?)
    }

    /// The index of the target note in `notes`.
    package func resolve(_ reference: Reference) -> Result<Int, Failure> {
        var target = reference.notePath
        while target.hasPrefix("/") { target.removeFirst() }
        if target.hasPrefix(Notebook.notesFolder + "/") { target.removeFirst(Notebook.notesFolder.count + 1) }
        if !target.isEmpty, !target.hasSuffix(".md") { target += ".md" }

        let candidates = index.byPath[target] ?? index.byFileName[target] ?? index.bySlug[Slug.fromFileName(target).slug] ?? []
        guard !candidates.isEmpty else { return .failure(.missing(reference.target)) }
        guard candidates.count == 1 else {
            return .failure(.ambiguous(reference.target, candidates.map { notes[$0].relativePath }))
        }
        let found = candidates[0]
        if notes[found].isDraft && !includeDrafts { return .failure(.draft(reference.target, path: notes[found].path)) }
        if let anchor = reference.anchor, !anchor.isEmpty {
            let known = index.linkTargets(of: found)
            if !known.contains(anchor) {
                return .failure(.missingAnchor(reference.target, anchor: anchor, path: notes[found].path,
                                               suggestion: Suggestion.closest(to: anchor, among: known.sorted())))
            }
        }
        return .success(found)
    }

    /// The problem as an error message at the reference.
    package static func diagnostic(_ failure: Failure, at location: SourceLocation) -> Diagnostic {
        switch failure {
        case .missing(let target):
            return Diagnostic(location, "relref target '\(target)' not found: no note in notes/ has that path or file name")
        case .ambiguous(let target, let paths):
            return Diagnostic(location, "relref target '\(target)' is ambiguous: \(paths.joined(separator: ", ")); give the path inside notes/")
        case .draft(let target, let path):
            return Diagnostic(location, "relref target '\(target)' is a draft (\(path)); publish it or build with --drafts")
        case .missingAnchor(let target, let anchor, let path, let suggestion):
            return Diagnostic(location, "relref target '\(target)': \(path) has no heading or directive with the anchor '\(anchor)'"
                              + (suggestion.map { "; did you mean '#\($0)'?" } ?? ""))
        }
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
