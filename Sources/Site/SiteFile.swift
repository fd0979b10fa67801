import Foundation

/// One file of the built site: a rendered page, or a file copied from beside the notes.
public struct SiteFile: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case text(String)
        case copy(from: URL)
    }

    /// Path inside the output folder.
    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
