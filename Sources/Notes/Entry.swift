/// A dated entry: a level-2 heading that is an ISO date, and the blocks up to the next such heading.
public struct Entry: Sendable, Hashable {
    public var date: NoteDate
    public var anchor: String
    /// Heading text after the date (`## 2022-07-18: first sweep` gives "first sweep").
    public var title: String
    /// Index of the heading in `document.children`; the entry's blocks follow it.
    public var headingIndex: Int
    /// Indices of the entry's blocks (heading excluded) in `document.children`.
    public var blocks: Range<Int>
    public var location: SourceLocation
}
