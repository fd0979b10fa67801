import Foundation

/// The text that stands in for embed number `index` in scanned Markdown. Letters and digits only,
/// so CommonMark leaves it alone in text and in link destinations alike.
package enum Placeholder {
    package static func token(_ index: Int) -> String { "LBQ\(index)QBL" }

    package enum Piece: Equatable { case text(String), embed(Int) }

    /// Splits text into plain runs and placeholder indices.
    /// Works on the UTF-8 bytes: every page's text goes through here, and Foundation's string
    /// search was a tenth of rendering. The markers are ASCII, so every cut is a character boundary.
    package static func pieces(of text: String) -> [Piece] {
        let utf8 = text.utf8
        guard var open = find(in: utf8, from: utf8.startIndex) else { return [.text(text)] }
        var result: [Piece] = []
        var pending = utf8.startIndex
        func piece(_ range: Range<String.Index>) -> Piece { .text(String(text[range])) }
        while true {
            let digitsStart = utf8.index(open, offsetBy: 3)
            var digitsEnd = digitsStart
            while digitsEnd < utf8.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[digitsEnd]) { digitsEnd = utf8.index(after: digitsEnd) }
            let close = text[digitsEnd...].utf8
            if digitsEnd > digitsStart, close.starts(with: "QBL".utf8), let index = Int(text[digitsStart..<digitsEnd]) {
                if open > pending { result.append(piece(pending..<open)) }
                result.append(.embed(index))
                pending = utf8.index(digitsEnd, offsetBy: 3)
            } else {
                result.append(piece(pending..<digitsStart))
                pending = digitsStart
            }
            guard let next = find(in: utf8, from: pending) else { break }
            open = next
        }
        if pending < utf8.endIndex { result.append(piece(pending..<utf8.endIndex)) }
        return result
    }

    /// The first "LBQ" at or after `start`.
    private static func find(in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < utf8.endIndex {
            guard let l = utf8[index...].firstIndex(of: UInt8(ascii: "L")) else { return nil }
            let rest = utf8[l...]
            if rest.starts(with: "LBQ".utf8) { return l }
            index = utf8.index(after: l)
        }
        return nil
    }
}
