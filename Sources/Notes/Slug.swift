/// URL-safe names for notes, tags and headings: lower case, words joined by hyphens.
package enum Slug {
    package static func make(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        return result
    }

    /// File name without extension and without a leading `YYYY-MM-DD-` date.
    package static func fromFileName(_ name: String) -> (slug: String, date: NoteDate?) {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        if stem.count > 11, let date = NoteDate(String(stem.prefix(10))), stem.dropFirst(10).first == "-" {
            return (make(String(stem.dropFirst(11))), date)
        }
        return (make(String(stem)), nil)
    }
}
