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
                // Candidates found by `memchr` on the first byte, each compared whole.
                var at = 0
                while t.count - at >= n.count,
                      let hit = memchr(t.baseAddress! + at, Int32(first), t.count - at - n.count + 1) {
                    let index = t.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(t.baseAddress! + index, n.baseAddress!, n.count) == 0 { return true }
                    at = index + 1
                }
                return false
            }
        }
    }

    /// Whether the ASCII character occurs in the text (`memchr`: the generic `contains` compares
    /// through a protocol witness per byte).
    func holds(ascii scalar: Unicode.Scalar) -> Bool {
        var text = self
        return text.withUTF8 { t in !t.isEmpty && memchr(t.baseAddress!, Int32(UInt8(ascii: scalar)), t.count) != nil }
    }

    /// The text's lines, split at each `\n` byte (a `\r` before it stays on its line).
    var lineSlices: [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
