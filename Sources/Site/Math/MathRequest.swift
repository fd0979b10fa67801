/// One formula to typeset: its TeX and whether it is displayed. Equal requests give equal HTML,
/// so a formula written twice is typeset once.
public struct MathRequest: Hashable, Sendable, Codable {
    public var tex: String
    public var display: Bool

    public init(tex: String, display: Bool) {
        self.tex = tex
        self.display = display
    }
}
