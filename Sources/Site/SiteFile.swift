import Foundation

/// One file of the built site: a rendered page, or a file copied from beside the notes.
package struct SiteFile: Sendable, Equatable {
    package enum Content: Sendable, Equatable {
        case text(String)
        case copy(from: URL)
    }

    /// Path inside the output folder.
    package var path: String
    package var content: Content

    package init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
