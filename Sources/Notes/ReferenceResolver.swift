/// Finds the note a `relref`/`ref` names: by path inside notes/, else by file name when only one
/// note has it (with or without its date prefix).
package struct ReferenceResolver: Sendable {
    private let notes: [Note]
    private let includeDrafts: Bool

    package init(notes: [Note], includeDrafts: Bool) {
        self.notes = notes
        self.includeDrafts = includeDrafts
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

        var candidates = notes.indices.filter { notes[$0].relativePath == target }
        if candidates.isEmpty {
            candidates = notes.indices.filter { fileName(notes[$0].relativePath) == target }
        }
        if candidates.isEmpty {
            let wanted = Slug.fromFileName(target).slug
            candidates = notes.indices.filter { Slug.fromFileName(fileName(notes[$0].relativePath)).slug == wanted }
        }
        guard !candidates.isEmpty else { return .failure(.missing(reference.target)) }
        guard candidates.count == 1 else {
            return .failure(.ambiguous(reference.target, candidates.map { notes[$0].relativePath }))
        }
        let found = candidates[0]
        if notes[found].isDraft && !includeDrafts { return .failure(.draft(reference.target, path: notes[found].path)) }
        if let anchor = reference.anchor, !anchor.isEmpty {
            let known = notes[found].linkTargets
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

    private func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
