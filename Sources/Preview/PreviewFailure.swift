/// Why a preview could not start.
package enum PreviewFailure: Error, CustomStringConvertible {
    /// Another program (often a second `labbook serve` or `hugo server`) holds the port.
    case portInUse(address: String, port: UInt16)
    case cannotListen(address: String, port: UInt16, reason: String)

    package var description: String {
        switch self {
        case .portInUse(let address, let port):
            "error: port \(port) on \(address) is already in use; stop the program using it or choose another with --port"
        case .cannotListen(let address, let port, let reason):
            "error: cannot listen on \(address):\(port): \(reason)"
        }
    }
}
