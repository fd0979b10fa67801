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
            guard let first = firstSpecial(in: bytes, apostrophe: apostrophe, special) else { return nil }
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

    /// The offset of the first byte to escape: sixteen bytes compared at a time (the text of every
    /// paragraph of every page goes through here), the last few and the block holding it one by one.
    private static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, apostrophe: UInt8, _ special: (UInt8) -> Bool) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        let ampersand = SIMD16<UInt8>(repeating: UInt8(ascii: "&")), less = SIMD16<UInt8>(repeating: UInt8(ascii: "<"))
        let greater = SIMD16<UInt8>(repeating: UInt8(ascii: ">")), quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let apostrophes = SIMD16<UInt8>(repeating: apostrophe)
        while offset + 16 <= bytes.count {
            let block = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            if any((block .== ampersand) .| (block .== less) .| (block .== greater) .| (block .== quote) .| (block .== apostrophes)) { break }
            offset += 16
        }
        while offset < bytes.count {
            if special(base[offset]) { return offset }
            offset += 1
        }
        return nil
    }
}
