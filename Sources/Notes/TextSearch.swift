import Foundation

/// Substring tests on UTF-8 bytes. `String.contains(String)` goes through Foundation's NSString
/// search (a UTF-16 copy of the text per call) and the standard library's generic `firstRange(of:)`
/// through unspecialised generics; either showed as a tenth or more of a 1,000-note build.
package extension String {
    /// Whether `needle` occurs in the text, compared byte for byte.
    func holds(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { t in needle.withUTF8 { n in t.firstOffset(of: n, from: 0) != nil } }
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

package extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `needle` at or after `start`: candidates found by `memchr` on its
    /// first byte, each compared whole.
    func firstOffset(of needle: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        var at = start
        while count - at >= needle.count,
              let hit = memchr(baseAddress! + at, Int32(first), count - at - needle.count + 1) {
            let index = baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return index }
            at = index + 1
        }
        return nil
    }
}
