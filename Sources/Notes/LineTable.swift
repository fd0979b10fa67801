/// Turns byte offsets in a note's UTF-8 text into line and column numbers.
struct LineTable: Sendable {
    let path: String
    /// Byte offset at which each line starts; line 1 starts at 0.
    private let lineStarts: [Int]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStarts = starts
    }

    func location(ofByte offset: Int) -> SourceLocation {
        // Last line start not after the offset.
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourceLocation(path: path, line: lo + 1, column: offset - lineStarts[lo] + 1)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
