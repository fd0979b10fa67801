import Notes

/// A problem found by a build, and the stage that found it. Printed as
/// `notes/x.md:12:3: error: …`, like the diagnostic itself.
package struct StageDiagnostic: Sendable, Hashable, CustomStringConvertible {
    package var stage: Stage
    package var diagnostic: Diagnostic

    package init(_ stage: Stage, _ diagnostic: Diagnostic) {
        self.stage = stage
        self.diagnostic = diagnostic
    }

    package var isError: Bool { diagnostic.severity == .error }
    package var description: String { diagnostic.description }

    /// In file and line order, each problem once, attributed to the first stage that found it.
    package static func sortedUnique(_ found: [StageDiagnostic]) -> [StageDiagnostic] {
        var first: [Diagnostic: Stage] = [:]
        for item in found where first[item.diagnostic].map({ item.stage < $0 }) ?? true { first[item.diagnostic] = item.stage }
        return Diagnostic.sortedUnique(found.map(\.diagnostic)).map { StageDiagnostic(first[$0]!, $0) }
    }
}

extension Array where Element == Diagnostic {
    func found(by stage: Stage) -> [StageDiagnostic] { map { StageDiagnostic(stage, $0) } }
}
