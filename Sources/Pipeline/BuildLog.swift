import Foundation

/// Where a build says what it is doing: lines on standard output, problems on standard error,
/// and the progress of training.
package struct BuildLog: Sendable {
    package var say: @Sendable (String) -> Void
    package var problem: @Sendable (String) -> Void

    package init(say: @escaping @Sendable (String) -> Void, problem: @escaping @Sendable (String) -> Void) {
        self.say = say
        self.problem = problem
    }

    package static let standard = BuildLog(
        say: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        problem: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })

    package func diagnostics(_ found: [StageDiagnostic]) {
        for item in found { problem(item.description) }
    }
}

extension BuildLog {
    /// Says nothing: for commands whose output is something else.
    package static let quiet = BuildLog(say: { _ in }, problem: { _ in })
}
