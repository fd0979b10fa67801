import Foundation

/// The text that stands in for embed number `index` in scanned Markdown. Letters and digits only,
/// so CommonMark leaves it alone in text and in link destinations alike.
package enum Placeholder {
    package static func token(_ index: Int) -> String { "LBQ\(index)QBL" }

    package enum Piece: Equatable { case text(String), embed(Int) }

    /// Splits text into plain runs and placeholder indices.
    package static func pieces(of text: String) -> [Piece] {
        guard text.contains("LBQ") else { return [.text(text)] }
        var result: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "LBQ") {
            let afterOpen = rest[open.upperBound...]
            let digits = afterOpen.prefix { $0.isASCII && $0.isNumber }
            let close = afterOpen.dropFirst(digits.count)
            if !digits.isEmpty, close.hasPrefix("QBL"), let index = Int(digits) {
                if open.lowerBound > rest.startIndex { result.append(.text(String(rest[..<open.lowerBound]))) }
                result.append(.embed(index))
                rest = close.dropFirst(3)
            } else {
                result.append(.text(String(rest[..<open.upperBound])))
                rest = afterOpen
            }
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
