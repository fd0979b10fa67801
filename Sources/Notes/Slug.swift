/// URL-safe names for notes, tags and headings: lower case, words joined by hyphens.
package enum Slug {
    package static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ascii(text) }
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

    /// `make` for ASCII text, a byte at a time: the letters an ASCII text lower-cases to are
    /// a to z, the only ones Unicode calls alphabetic there.
    private static func ascii(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                if pendingHyphen && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                result.append(lower)
            } else if byte != UInt8(ascii: "'") {
                pendingHyphen = true
            }
        }
        return String(decoding: result, as: UTF8.self)
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
