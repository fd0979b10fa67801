/// Escaping for text and attribute values.
package enum HTML {
    /// `&`, `<`, `>` and `"` as entities; with `apostrophes`, `'` as `&#39;` too (what Mustache's
    /// `{{name}}` has always escaped).
    package static func escape(_ text: String, apostrophes: Bool = false) -> String {
        let apostrophe = apostrophes ? UInt8(ascii: "'") : UInt8(ascii: "&")
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == apostrophe
        }
        var text = text
        return text.withUTF8 { bytes in
            // Most text has nothing to escape: one pass over the bytes, and the string itself back.
            guard let first = bytes.firstIndex(where: special) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped += bytes[..<first]
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): escaped += "&amp;".utf8
                case UInt8(ascii: "<"): escaped += "&lt;".utf8
                case UInt8(ascii: ">"): escaped += "&gt;".utf8
                case UInt8(ascii: "\""): escaped += "&quot;".utf8
                case apostrophe: escaped += "&#39;".utf8
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }
}
