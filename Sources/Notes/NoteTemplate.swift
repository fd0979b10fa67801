import Foundation

/// The text `labbook new` starts a note with.
package enum NoteTemplate {
    /// Today in the local time zone, `YYYY-MM-DD`.
    package static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    package static func text(title: String, day: String) -> String {
        let quoted = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
        ---
        title: "\(quoted)"
        date: \(day)
        draft: false
        tags: []
        ---

        What this note is about, in a sentence or two.

        ## \(day)


        """
    }
}
