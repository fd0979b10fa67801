/// Why no formula can be typeset in this build: said once, not once per formula.
package enum MathProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// KaTeX or node is not installed; what was looked for.
    case missing(String)
    /// node started but the KaTeX process failed: its words.
    case failed(String)

    package var description: String {
        switch self {
        case .missing(let what):
            return "cannot typeset math: KaTeX is not installed (\(what)); install the Debian packages \(KaTeXInstallation.packages) (make deps does)"
        case .failed(let why):
            return "cannot typeset math: the KaTeX process failed: \(why)"
        }
    }
}
