/// One field of a CSV file (RFC 4180): quoted, with its quotes doubled, when it holds a comma,
/// a quote or a line break. Figures' data files and `labbook export` write fields alike.
package enum CSVField {
    package static func quoted(_ text: String) -> String {
        text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
