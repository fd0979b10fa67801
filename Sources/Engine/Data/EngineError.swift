/// An error a person can act on: which step failed, on which path, and why.
package struct EngineError: Error, CustomStringConvertible, Sendable {
    package enum Step: String, Sendable { case configuration, dataset, training }
    package var step: Step
    package var path: String?
    package var reason: String

    package init(_ step: Step, path: String? = nil, _ reason: String) {
        self.step = step
        self.path = path
        self.reason = reason
    }

    package var description: String {
        if let path { return "\(step.rawValue): \(path): \(reason)" }
        return "\(step.rawValue): \(reason)"
    }

    static func missingFile(_ path: String, dataset: String, package: String?) -> EngineError {
        var reason = "\(dataset) needs this file and it does not exist"
        if let package { reason += "; install the Debian package \(package) (apt-get install \(package)) or set the dataset path" }
        return EngineError(.dataset, path: path, reason)
    }
}
