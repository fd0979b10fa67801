import Notes

/// Where each page lives inside the output folder, and relative links between them: the site works
/// opened from disk and served under any subpath.
package enum SitePath {
    package static let index = "index.html"
    package static let log = "log.html"
    package static let feed = "feed.xml"
    package static let stylesheet = "style.css"
    /// KaTeX's stylesheet and fonts, copied from Debian's packages into sites that show math.
    package static let katex = "katex/"

    /// Notes mirror the notes folder, so files beside a note sit beside its page.
    package static func note(_ note: Note) -> String {
        let folder = note.folder
        return "notes/" + (folder.isEmpty ? "" : folder + "/") + note.slug + ".html"
    }

    package static func tag(_ tag: String) -> String { "tags/\(tagSlug(tag)).html" }

    package static func tagSlug(_ tag: String) -> String {
        let slug = Slug.make(tag)
        return slug.isEmpty ? "tag" : slug
    }

    /// A file beside the notes (relative to notes/) in the site.
    package static func asset(_ relative: String) -> String { "notes/" + relative }

    /// The link from the page at `from` to the site file at `to` (both relative to the site root).
    package static func relative(from: String, to: String) -> String {
        let fromDir = from.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let target = to.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var common = 0
        while common < fromDir.count, common < target.count - 1, fromDir[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromDir.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }

    /// `../` repeated to climb from the page at `from` to the site root ("" at the root).
    package static func root(from: String) -> String {
        String(repeating: "../", count: from.split(separator: "/").count - 1)
    }

    /// Joins `relative` onto the folder `base`, resolving `.` and `..`; nil if it climbs out.
    package static func join(_ base: String, _ relative: String) -> String? {
        var parts = base.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
