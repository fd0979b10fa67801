/// A worker that cannot start its trial: no manifest, or one it cannot read.
package struct WorkerError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
