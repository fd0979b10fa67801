import Foundation

/// Writes any `Encodable` value in the snapshot's binary form (`SnapshotValue`): the same fields
/// `Codable` writes to JSON, so a record needs no second description, but numbers as their bits
/// and every container with its length, so reading it back skips what it does not ask for.
package enum SnapshotEncoder {
    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let slot = SnapshotTree.Slot()
        try value.encode(to: TreeEncoder(slot: slot, codingPath: []))
        var bytes: [UInt8] = []
        slot.write(into: &bytes)
        return bytes
    }
}

/// What an encoder builds before the bytes are written: containers know their lengths only when full.
enum SnapshotTree {
    final class Slot {
        /// Nil while nothing is encoded: written as an empty keyed container, as JSON's `{}`.
        var node: Node?
    }

    final class Keyed {
        var entries: [(key: String, slot: Slot)] = []
        var positions: [String: Int] = [:]

        /// The slot for `key`; a key encoded twice keeps its last value, as in JSON.
        func slot(_ key: String) -> Slot {
            let slot = Slot()
            if let at = positions[key] { entries[at].slot = slot } else {
                positions[key] = entries.count
                entries.append((key, slot))
            }
            return slot
        }
    }

    final class Unkeyed {
        var items: [Slot] = []
        func append() -> Slot {
            let slot = Slot()
            items.append(slot)
            return slot
        }
    }

    enum Node {
        case null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String)
        case keyed(Keyed), unkeyed(Unkeyed)
    }
}

extension SnapshotTree.Slot {
    func write(into bytes: inout [UInt8]) {
        switch node ?? .keyed(SnapshotTree.Keyed()) {
        case .null: bytes.append(SnapshotValue.Tag.null.rawValue)
        case .bool(let value): bytes.append((value ? SnapshotValue.Tag.true : .false).rawValue)
        case .int(let value): bytes.append(SnapshotValue.Tag.int.rawValue); append(UInt64(bitPattern: value), to: &bytes)
        case .uint(let value): bytes.append(SnapshotValue.Tag.uint.rawValue); append(value, to: &bytes)
        case .double(let value): bytes.append(SnapshotValue.Tag.double.rawValue); append(value.bitPattern, to: &bytes)
        case .string(let value):
            bytes.append(SnapshotValue.Tag.string.rawValue)
            appendText(value, to: &bytes)
        case .keyed(let keyed):
            let start = beginContainer(.keyed, count: keyed.entries.count, in: &bytes)
            for (key, slot) in keyed.entries {
                appendText(key, to: &bytes)
                slot.write(into: &bytes)
            }
            endContainer(start, in: &bytes)
        case .unkeyed(let unkeyed):
            let start = beginContainer(.unkeyed, count: unkeyed.items.count, in: &bytes)
            for slot in unkeyed.items { slot.write(into: &bytes) }
            endContainer(start, in: &bytes)
        }
    }

    /// Tag, a length filled in by `endContainer`, the count; returns where the length goes.
    private func beginContainer(_ tag: SnapshotValue.Tag, count: Int, in bytes: inout [UInt8]) -> Int {
        bytes.append(tag.rawValue)
        let start = bytes.count
        append(UInt32(0), to: &bytes)
        append(UInt32(count), to: &bytes)
        return start
    }

    /// The container's length: the bytes after its length field, so a reader can step over it.
    private func endContainer(_ start: Int, in bytes: inout [UInt8]) {
        let length = UInt32(bytes.count - start - 4)
        withUnsafeBytes(of: length.littleEndian) { bytes.replaceSubrange(start..<start + 4, with: $0) }
    }

    private func appendText(_ text: String, to bytes: inout [UInt8]) {
        append(UInt32(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private func append<I: FixedWidthInteger>(_ value: I, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

private struct TreeEncoder: Encoder {
    let slot: SnapshotTree.Slot
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The same container when asked twice: a type may encode its fields and then let another
    /// value add to the same object (as `TrialInputs` does with a command's fields).
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed(let keyed) = slot.node { return KeyedEncodingContainer(KeyedTreeEncoder<Key>(keyed: keyed, codingPath: codingPath)) }
        let keyed = SnapshotTree.Keyed()
        slot.node = .keyed(keyed)
        return KeyedEncodingContainer(KeyedTreeEncoder<Key>(keyed: keyed, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .unkeyed(let unkeyed) = slot.node { return UnkeyedTreeEncoder(unkeyed: unkeyed, codingPath: codingPath) }
        let unkeyed = SnapshotTree.Unkeyed()
        slot.node = .unkeyed(unkeyed)
        return UnkeyedTreeEncoder(unkeyed: unkeyed, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleTreeEncoder(slot: slot, codingPath: codingPath) }
}

/// A value into a slot: plain values directly, others through their own `encode(to:)`.
private func put<T: Encodable>(_ value: T, in slot: SnapshotTree.Slot, codingPath: [CodingKey]) throws {
    if T.self == Double.self { slot.node = .double(unsafeBitCast(value, to: Double.self)) }
    else if T.self == String.self { slot.node = .string(unsafeBitCast(value, to: String.self)) }
    else if T.self == Int.self { slot.node = .int(Int64(unsafeBitCast(value, to: Int.self))) }
    else if T.self == Bool.self { slot.node = .bool(unsafeBitCast(value, to: Bool.self)) }
    else { try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath)) }
}

private struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let keyed: SnapshotTree.Keyed
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { keyed.slot(key.stringValue).set(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { keyed.slot(key.stringValue).set(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { keyed.slot(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { keyed.slot(key.stringValue).set(.double(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { keyed.slot(key.stringValue).set(.double(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { keyed.slot(key.stringValue).set(.int(Int64(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { keyed.slot(key.stringValue).set(.int(Int64(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { keyed.slot(key.stringValue).set(.int(Int64(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { keyed.slot(key.stringValue).set(.int(Int64(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { keyed.slot(key.stringValue).set(.int(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { keyed.slot(key.stringValue).set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { keyed.slot(key.stringValue).set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { keyed.slot(key.stringValue).set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { keyed.slot(key.stringValue).set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { keyed.slot(key.stringValue).set(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try put(value, in: keyed.slot(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(slot: keyed.slot(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        TreeEncoder(slot: keyed.slot(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { TreeEncoder(slot: keyed.slot("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { TreeEncoder(slot: keyed.slot(key.stringValue), codingPath: codingPath + [key]) }
}

extension SnapshotTree.Slot {
    func set(_ node: SnapshotTree.Node) { self.node = node }
}

private struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
    let unkeyed: SnapshotTree.Unkeyed
    let codingPath: [CodingKey]
    var count: Int { unkeyed.items.count }

    mutating func encodeNil() throws { unkeyed.append().set(.null) }
    mutating func encode(_ value: Bool) throws { unkeyed.append().set(.bool(value)) }
    mutating func encode(_ value: String) throws { unkeyed.append().set(.string(value)) }
    mutating func encode(_ value: Double) throws { unkeyed.append().set(.double(value)) }
    mutating func encode(_ value: Float) throws { unkeyed.append().set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { unkeyed.append().set(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { unkeyed.append().set(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { unkeyed.append().set(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { unkeyed.append().set(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { unkeyed.append().set(.int(value)) }
    mutating func encode(_ value: UInt) throws { unkeyed.append().set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { unkeyed.append().set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { unkeyed.append().set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { unkeyed.append().set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { unkeyed.append().set(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try put(value, in: unkeyed.append(), codingPath: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(slot: unkeyed.append(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        TreeEncoder(slot: unkeyed.append(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { TreeEncoder(slot: unkeyed.append(), codingPath: codingPath) }
}

private struct SingleTreeEncoder: SingleValueEncodingContainer {
    let slot: SnapshotTree.Slot
    let codingPath: [CodingKey]

    mutating func encodeNil() throws { slot.set(.null) }
    mutating func encode(_ value: Bool) throws { slot.set(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.set(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.set(.double(value)) }
    mutating func encode(_ value: Float) throws { slot.set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { slot.set(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { slot.set(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { slot.set(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { slot.set(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { slot.set(.int(value)) }
    mutating func encode(_ value: UInt) throws { slot.set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { slot.set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { slot.set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { slot.set(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { slot.set(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try put(value, in: slot, codingPath: codingPath) }
}
