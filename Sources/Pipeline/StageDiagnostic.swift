import Notes

/// A problem found by a build, and the stage that found it. Printed as
/// `notes/x.md:12:3: error: …`, like the diagnostic itself.
public struct StageDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var stage: Stage
    public var diagnostic: Diagnostic

    public init(_ stage: Stage, _ diagnostic: Diagnostic) {
        self.stage = stage
        self.diagnostic = diagnostic
    }

    public var isError: Bool { diagnostic.severity == .error }
    public var description: String { diagnostic.description }

    /// In file and line order, each problem once, attributed to the first stage that found it.
    public static func sortedUnique(_ found: [StageDiagnostic]) -> [StageDiagnostic] {
        var first: [Diagnostic: Stage] = [:]
        for item in found where first[item.diagnostic].map({ item.stage < $0 }) ?? true { first[item.diagnostic] = item.stage }
        return Diagnostic.sortedUnique(found.map(\.diagnostic)).map { StageDiagnostic(first[$0]!, $0) }
    }
}

extension Array where Element == Diagnostic {
    func found(by stage: Stage) -> [StageDiagnostic] { map { StageDiagnostic(stage, $0) } }
}
