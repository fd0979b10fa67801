import Foundation

/// The text that stands in for embed number `index` in scanned Markdown. Letters and digits only,
/// so CommonMark leaves it alone in text and in link destinations alike.
package enum Placeholder {
    package static func token(_ index: Int) -> String { "\(open)\(index)\(close)" }

    package enum Piece: Equatable { case text(String), embed(Int) }

    /// Splits text into plain runs and placeholder indices.
    /// Works on the UTF-8 bytes: every page's text goes through here, and Foundation's string
    /// search was a tenth of rendering. The markers are ASCII, so every cut is a character boundary.
    package static func pieces(of text: String) -> [Piece] {
        guard text.holds(open) else { return [.text(text)] }
        var text = text
        return text.withUTF8 { bytes in
            var result: [Piece] = []
            var pending = 0
            func piece(_ range: Range<Int>) -> Piece { .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
            let (openMarker, closeMarker) = (Array(open.utf8), Array(close.utf8))
            openMarker.withUnsafeBufferPointer { marker in
                while let start = bytes.firstOffset(of: marker, from: pending) {
                    let digitsStart = start + marker.count
                    var digitsEnd = digitsStart
                    while digitsEnd < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digitsEnd]) { digitsEnd += 1 }
                    let closed = digitsEnd + closeMarker.count <= bytes.count && bytes[digitsEnd..<digitsEnd + closeMarker.count].elementsEqual(closeMarker)
                    if digitsEnd > digitsStart, closed,
                       let index = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[digitsStart..<digitsEnd]), as: UTF8.self)) {
                        if start > pending { result.append(piece(pending..<start)) }
                        result.append(.embed(index))
                        pending = digitsEnd + closeMarker.count
                    } else {
                        result.append(piece(pending..<digitsStart))
                        pending = digitsStart
                    }
                }
            }
            if pending < bytes.count { result.append(piece(pending..<bytes.count)) }
            return result
        }
    }

    private static let open = "LBQ", close = "QBL"
}
