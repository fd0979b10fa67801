import Foundation

/// Substring tests on UTF-8 bytes. `String.contains(String)` goes through Foundation's NSString
/// search (a UTF-16 copy of the text per call) and the standard library's generic `firstRange(of:)`
/// through unspecialised generics; either showed as a tenth or more of a 1,000-note build.
package extension String {
    /// Whether `needle` occurs in the text, compared byte for byte.
    func holds(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard t.count >= n.count else { return false }
                for i in 0...(t.count - n.count) where t[i] == first {
                    if memcmp(t.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// Whether the ASCII character `scalar` occurs in the text.
    func holds(ascii scalar: Unicode.Scalar) -> Bool {
        var text = self
        return text.withUTF8 { t in t.contains(UInt8(ascii: scalar)) }
    }

    /// The text's lines, split at each `\n` byte (a `\r` before it stays on its line).
    var lineSlices: [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
