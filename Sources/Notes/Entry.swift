/// A dated entry: a level-2 heading that is an ISO date, and the blocks up to the next such heading.
package struct Entry: Sendable, Hashable {
    package var date: NoteDate
    package var anchor: String
    /// Heading text after the date (`## 2022-07-18: first sweep` gives "first sweep").
    package var title: String
    /// Index of the heading in `document.children`; the entry's blocks follow it.
    package var headingIndex: Int
    /// Indices of the entry's blocks (heading excluded) in `document.children`.
    package var blocks: Range<Int>
    package var location: SourceLocation
}
