/// Bytes in lower-case hex, two digits each: how labbook writes digests (trial keys, file hashes).
/// A table lookup, not `String(format:)`, which cost a no-op build a tenth of its time.
package enum HexDigits {
    private static let digits = Array("0123456789abcdef".utf8)

    package static func string<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
