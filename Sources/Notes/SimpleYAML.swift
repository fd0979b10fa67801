/// YAML as most front matter writes it, read without Yams: one `key: value` per line, the value a
/// double-quoted string without escapes, a date, `true`/`false`, a whole number, or a list of such
/// strings in brackets (`tags: ["scaling", "mlp"]`). Yams took two fifths of reading a note; this
/// reads those lines in a pass over their bytes. Anything else (comments, blank or indented lines,
/// plain words, escapes, other numbers) gives nil, and Yams reads the text as before.
/// `SimpleYAMLTests` checks that the two give the same nodes, places included.
enum SimpleYAML {
    static func mapping(_ text: String, path: String, firstLine: Int) -> YAMLNode? {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard !lines.isEmpty else { return nil }
        var pairs: [YAMLPair] = []
        for (offset, line) in lines.enumerated() {
            var reader = LineReader(bytes: Array(line), line: firstLine + offset, path: path)
            guard let pair = reader.pair() else { return nil }
            pairs.append(pair)
        }
        return YAMLNode(value: .mapping(pairs), location: pairs[0].key.location)
    }

    private struct LineReader {
        let bytes: [UInt8]
        let line: Int
        let path: String
        var position = 0

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        /// The column YAML counts (characters, from 1) at a byte offset of the line.
        private func column(_ offset: Int) -> Int {
            bytes[..<offset].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
        }

        private func node(_ value: YAMLNode.Value, at offset: Int) -> YAMLNode {
            YAMLNode(value: value, location: SourceLocation(path: path, line: line, column: column(offset)))
        }

        private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        mutating func pair() -> YAMLPair? {
            guard let first = current, Self.isLetter(first) || first == UInt8(ascii: "_") else { return nil }
            while let byte = current, Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
                position += 1
            }
            let key = text(0..<position)
            // Words YAML reads as a boolean or null even as a key.
            guard !["yes", "no", "on", "off", "true", "false", "null", "y", "n"].contains(key.lowercased()),
                  current == UInt8(ascii: ":"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: " ") else { return nil }
            let keyNode = node(.scalar(key, .string), at: 0)
            position += 2
            guard let value = value(), position == bytes.count else { return nil }
            return YAMLPair(key: keyNode, value: value)
        }

        private mutating func value() -> YAMLNode? {
            let start = position
            switch current {
            case UInt8(ascii: "\""):
                return quoted()
            case UInt8(ascii: "["):
                position += 1
                var items: [YAMLNode] = []
                if current == UInt8(ascii: "]") { position += 1; return node(.sequence([]), at: start) }
                while true {
                    guard let item = quoted() else { return nil }
                    items.append(item)
                    if current == UInt8(ascii: "]") { position += 1; return node(.sequence(items), at: start) }
                    guard current == UInt8(ascii: ","), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: " ") else { return nil }
                    position += 2
                }
            default:
                position = bytes.count
                let plain = text(start..<position)
                if plain == "true" || plain == "false" { return node(.scalar(plain, .bool), at: start) }
                if Self.isWholeNumber(plain) { return node(.scalar(plain, .int), at: start) }
                if Self.isDate(plain) { return node(.scalar(plain, .string), at: start) }
                return nil
            }
        }

        /// `"text"` with no backslash, no line-break-like or control character inside.
        private mutating func quoted() -> YAMLNode? {
            guard current == UInt8(ascii: "\"") else { return nil }
            let start = position
            position += 1
            let contentStart = position
            while let byte = current, byte != UInt8(ascii: "\"") {
                guard byte != UInt8(ascii: "\\"), byte >= 0x20 || byte == UInt8(ascii: "\t"), byte != 0x7F else { return nil }
                position += 1
            }
            guard current == UInt8(ascii: "\"") else { return nil }
            let content = text(contentStart..<position)
            position += 1
            guard content.unicodeScalars.allSatisfy(Self.isPlainPrintable) else { return nil }
            return node(.scalar(content, .string), at: start)
        }

        /// Not a character YAML reads as a line break, a byte-order mark or a non-printable one.
        private static func isPlainPrintable(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x80...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: false
            default: true
            }
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }

        private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        /// `0`, or digits not starting with 0 (a leading 0 is octal to YAML), at most nine of them.
        private static func isWholeNumber(_ text: String) -> Bool {
            let digits = Array(text.utf8)
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(isDigit) else { return false }
            return digits.count == 1 || digits[0] != UInt8(ascii: "0")
        }

        /// `YYYY-MM-DD`.
        private static func isDate(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
            return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { isDigit(bytes[$0]) }
        }
    }
}
