/// One Hugo shortcode tag as written: `{{< name "arg" key="v" >}}`, `{{% /name %}}`, `{{< name />}}`.
struct ShortcodeTag {
    /// `<` or `%`.
    var delimiter: UInt8
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var positional: [String]
    var named: [String: String]
    /// Byte range of the whole tag in the note.
    var start: Int
    var end: Int

    /// Shortcodes labbook knows, and whether they wrap content.
    static let known: [String: Bool] = ["sidenote": true, "marginnote": true, "relref": false, "ref": false, "value": false]

    enum ParseError: Error { case unterminated, missingName }

    /// Parses the tag starting at `start` (which holds `{{<` or `{{%`).
    static func parse(_ bytes: [UInt8], at start: Int, limit: Int) throws(ParseError) -> ShortcodeTag {
        let delimiter = bytes[start + 2]
        let closer = closingDelimiter(delimiter)
        var i = start + 3
        func skipSpaces() { while i < limit, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 } }
        func atTerminator() -> Bool {
            i + 2 < limit && bytes[i] == closer && bytes[i + 1] == UInt8(ascii: "}") && bytes[i + 2] == UInt8(ascii: "}")
        }
        skipSpaces()
        var isClosing = false
        if i < limit, bytes[i] == UInt8(ascii: "/") { isClosing = true; i += 1; skipSpaces() }
        let nameStart = i
        while i < limit, isNameByte(bytes[i]) { i += 1 }
        guard i > nameStart else { throw .missingName }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        func readWord() throws(ParseError) -> (text: String, quoted: Bool) {
            guard i < limit else { throw .unterminated }
            let quote = bytes[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`") {
                i += 1
                var text: [UInt8] = []
                while i < limit, bytes[i] != quote {
                    if quote == UInt8(ascii: "\""), bytes[i] == UInt8(ascii: "\\"), i + 1 < limit { i += 1 }
                    text.append(bytes[i])
                    i += 1
                }
                guard i < limit else { throw .unterminated }
                i += 1
                return (String(decoding: text, as: UTF8.self), true)
            }
            let wordStart = i
            while i < limit, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), !atTerminator() { i += 1 }
            return (String(decoding: bytes[wordStart..<i], as: UTF8.self), false)
        }
        var positional: [String] = []
        var named: [String: String] = [:]
        var isSelfClosing = false
        while true {
            skipSpaces()
            guard i < limit else { throw .unterminated }
            if atTerminator() { i += 3; break }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < limit, bytes[i + 1] == closer {
                isSelfClosing = true
                i += 1
                continue
            }
            // An argument: "quoted", `raw`, key=value or a bare word.
            let word = try readWord()
            if i < limit, bytes[i] == UInt8(ascii: "="), !word.quoted {
                i += 1
                let value = try readWord()
                named[word.text] = value.text
            } else {
                positional.append(word.text)
            }
        }
        return ShortcodeTag(delimiter: delimiter, name: name, isClosing: isClosing, isSelfClosing: isSelfClosing,
                            positional: positional, named: named, start: start, end: i)
    }

    /// `>` closes `{{<`, `%` closes `{{%`.
    static func closingDelimiter(_ opening: UInt8) -> UInt8 {
        opening == UInt8(ascii: "<") ? UInt8(ascii: ">") : opening
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }

    /// The tag as the author would write it, for messages.
    var spelled: String {
        let d = Character(UnicodeScalar(delimiter)), c = Character(UnicodeScalar(ShortcodeTag.closingDelimiter(delimiter)))
        return "{{\(d) \(isClosing ? "/" : "")\(name) \(c)}}"
    }
}
