/// Escaping for text and attribute values.
package enum HTML {
    /// `&`, `<`, `>` and `"` as entities; with `apostrophes`, `'` as `&#39;` too (what Mustache's
    /// `{{name}}` has always escaped).
    package static func escape(_ text: String, apostrophes: Bool = false) -> String {
        let apostrophe = apostrophes ? UInt8(ascii: "'") : UInt8(ascii: "&")
        // Most text has nothing to escape: one pass over the bytes, and the string itself back.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == apostrophe })
        else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case apostrophe: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
