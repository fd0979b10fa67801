/// A file in the store that is not the record its name says: reported, and its trial trained again.
public struct DamagedRecord: Sendable, Hashable {
    /// Inside the store: `8e/8e…json`.
    public var path: String
    public var reason: String
}
