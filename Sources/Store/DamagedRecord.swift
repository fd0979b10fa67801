/// A file in the store that is not the record its name says: reported, and its trial trained again.
package struct DamagedRecord: Sendable, Hashable {
    /// Inside the store: `8e/8e…json`.
    package var path: String
    package var reason: String
}
