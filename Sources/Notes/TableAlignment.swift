/// How a pipe table's column is aligned, from the colons of its delimiter row (`:--`, `:-:`, `--:`).
package enum TableAlignment: String, Sendable, Hashable {
    case none, left, center, right
}
