/// What KaTeX made of a formula: its HTML (with MathML), or its own error message and the
/// place in the TeX it points at (UTF-16 offset, as JavaScript counts).
package enum TypesetMath: Hashable, Sendable, Codable {
    case html(String)
    case error(message: String, position: Int?)
}
