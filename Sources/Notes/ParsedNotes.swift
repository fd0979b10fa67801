import Foundation

/// Notes parsed in this process, by path, with the text they were parsed from: parsing is a
/// function of the text alone, so `serve` parses again only the note that was saved.
final class ParsedNotes: @unchecked Sendable {
    static let shared = ParsedNotes()
    private let lock = NSLock()
    private var notes: [String: (text: String, note: Note)] = [:]

    func note(_ text: String, path: String, relativePath: String) -> Note {
        if let known = lock.withLock({ notes[path] }), known.text == text { return known.note }
        let note = NoteParser.parse(text, path: path, relativePath: relativePath)
        lock.withLock { notes[path] = (text, note) }
        return note
    }
}
