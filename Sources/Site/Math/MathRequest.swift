/// One formula to typeset: its TeX and whether it is displayed. Equal requests give equal HTML,
/// so a formula written twice is typeset once.
package struct MathRequest: Hashable, Sendable, Codable {
    package var tex: String
    package var display: Bool

    package init(tex: String, display: Bool) {
        self.tex = tex
        self.display = display
    }
}
