/// labbook's own version, written into pages and (later) into every trial record.
package enum LabbookVersion {
    package static let string = "0.1.0"
}
