import Foundation
import Parallel

/// Writes any `Encodable` value in the snapshot's binary form (`SnapshotValue`): the same fields
/// `Codable` writes to JSON, so a record needs no second description, but numbers as their bits
/// and every container with its length, so reading it back skips what it does not ask for.
package enum SnapshotEncoder {
    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let slot = SnapshotTree.Slot()
        try value.encode(to: TreeEncoder(slot: slot))
        var bytes: [UInt8] = []
        SnapshotTree.write(slot.node, into: &bytes)
        return bytes
    }

    /// A list of values that do not depend on one another, each encoded on whichever core is
    /// free: the bytes `encode` gives for the whole array.
    package static func encodeEach<T: Encodable>(_ values: [T]) throws -> [UInt8] {
        let pieces = try ParallelMap.map(values) { value in Result { try encode(value) } }.map { try $0.get() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.reduce(9) { $0 + $1.count })
        let start = SnapshotTree.beginContainer(.unkeyed, count: pieces.count, in: &bytes)
        for piece in pieces { bytes.append(contentsOf: piece) }
        SnapshotTree.endContainer(start, in: &bytes)
        return bytes
    }
}

/// What an encoder builds before the bytes are written: containers know their lengths only when
/// full. Plain values are kept in place; containers, and what a nested encoder will fill, by reference.
enum SnapshotTree {
    enum Node {
        case null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String)
        case keyed(Keyed), unkeyed(Unkeyed)
        /// What an encoder handed to another value's `encode(to:)` holds.
        case slot(Slot)
    }

    final class Slot {
        /// Nil while nothing is encoded: written as an empty keyed container, as JSON's `{}`.
        var node: Node?
    }

    final class Keyed {
        var entries: [(key: String, node: Node)] = []
    }

    final class Unkeyed {
        var items: [Node] = []
    }

    static func write(_ node: Node?, into bytes: inout [UInt8]) {
        switch node ?? .keyed(Keyed()) {
        case .null: bytes.append(SnapshotValue.Tag.null.rawValue)
        case .bool(let value): bytes.append((value ? SnapshotValue.Tag.true : .false).rawValue)
        case .int(let value): bytes.append(SnapshotValue.Tag.int.rawValue); append(UInt64(bitPattern: value), to: &bytes)
        case .uint(let value): bytes.append(SnapshotValue.Tag.uint.rawValue); append(value, to: &bytes)
        case .double(let value): bytes.append(SnapshotValue.Tag.double.rawValue); append(value.bitPattern, to: &bytes)
        case .string(let value):
            bytes.append(SnapshotValue.Tag.string.rawValue)
            appendText(value, to: &bytes)
        case .keyed(let keyed):
            let entries = lastOfEachKey(keyed.entries)
            let start = beginContainer(.keyed, count: entries.count, in: &bytes)
            for (key, node) in entries {
                appendText(key, to: &bytes)
                write(node, into: &bytes)
            }
            endContainer(start, in: &bytes)
        case .unkeyed(let unkeyed):
            let start = beginContainer(.unkeyed, count: unkeyed.items.count, in: &bytes)
            for node in unkeyed.items { write(node, into: &bytes) }
            endContainer(start, in: &bytes)
        case .slot(let slot): write(slot.node, into: &bytes)
        }
    }

    /// A key encoded twice keeps its last value, as in JSON.
    private static func lastOfEachKey(_ entries: [(key: String, node: Node)]) -> [(key: String, node: Node)] {
        if entries.count <= 16 {  // A record's objects: compared pairwise, without a table.
            var repeated = false
            for first in entries.indices where !repeated {
                for second in (first + 1)..<entries.count where entries[second].key == entries[first].key { repeated = true }
            }
            if !repeated { return entries }
        }
        var last: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { last[entry.key] = index }
        guard last.count < entries.count else { return entries }
        return entries.enumerated().filter { last[$0.element.key] == $0.offset }.map(\.element)
    }

    /// Tag, a length filled in by `endContainer`, the count; returns where the length goes.
    static func beginContainer(_ tag: SnapshotValue.Tag, count: Int, in bytes: inout [UInt8]) -> Int {
        bytes.append(tag.rawValue)
        let start = bytes.count
        append(UInt32(0), to: &bytes)
        append(UInt32(count), to: &bytes)
        return start
    }

    /// The container's length: the bytes after its length field, so a reader can step over it.
    static func endContainer(_ start: Int, in bytes: inout [UInt8]) {
        let length = UInt32(bytes.count - start - 4)
        withUnsafeBytes(of: length.littleEndian) { bytes.replaceSubrange(start..<start + 4, with: $0) }
    }

    private static func appendText(_ text: String, to bytes: inout [UInt8]) {
        append(UInt32(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func append<I: FixedWidthInteger>(_ value: I, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A value as a node: plain values directly, others through their own `encode(to:)`.
    static func node<T: Encodable>(_ value: T) throws -> Node {
        if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        let slot = Slot()
        try value.encode(to: TreeEncoder(slot: slot))
        return slot.node ?? .keyed(Keyed())
    }
}

/// Coding paths are left empty, as in `SnapshotDecoder`: no record's encoding asks for them.
private struct TreeEncoder: Encoder {
    let slot: SnapshotTree.Slot
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The same container when asked twice: a type may encode its fields and then let another
    /// value add to the same object (as `TrialInputs` does with a command's fields).
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed(let keyed) = slot.node { return KeyedEncodingContainer(KeyedTreeEncoder<Key>(keyed: keyed)) }
        let keyed = SnapshotTree.Keyed()
        slot.node = .keyed(keyed)
        return KeyedEncodingContainer(KeyedTreeEncoder<Key>(keyed: keyed))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .unkeyed(let unkeyed) = slot.node { return UnkeyedTreeEncoder(unkeyed: unkeyed) }
        let unkeyed = SnapshotTree.Unkeyed()
        slot.node = .unkeyed(unkeyed)
        return UnkeyedTreeEncoder(unkeyed: unkeyed)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleTreeEncoder(slot: slot) }
}

private struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let keyed: SnapshotTree.Keyed
    var codingPath: [CodingKey] { [] }

    private func put(_ node: SnapshotTree.Node, _ key: Key) { keyed.entries.append((key.stringValue, node)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.uint(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try SnapshotTree.node(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = SnapshotTree.Keyed()
        put(.keyed(nested), key)
        return KeyedEncodingContainer(KeyedTreeEncoder<NestedKey>(keyed: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = SnapshotTree.Unkeyed()
        put(.unkeyed(nested), key)
        return UnkeyedTreeEncoder(unkeyed: nested)
    }

    mutating func superEncoder() -> Encoder { encoder(at: "super") }
    mutating func superEncoder(forKey key: Key) -> Encoder { encoder(at: key.stringValue) }

    private func encoder(at key: String) -> Encoder {
        let slot = SnapshotTree.Slot()
        keyed.entries.append((key, .slot(slot)))
        return TreeEncoder(slot: slot)
    }
}

private struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
    let unkeyed: SnapshotTree.Unkeyed
    var codingPath: [CodingKey] { [] }
    var count: Int { unkeyed.items.count }

    private func put(_ node: SnapshotTree.Node) { unkeyed.items.append(node) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.int(value)) }
    mutating func encode(_ value: UInt) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { put(try SnapshotTree.node(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = SnapshotTree.Keyed()
        put(.keyed(nested))
        return KeyedEncodingContainer(KeyedTreeEncoder<NestedKey>(keyed: nested))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = SnapshotTree.Unkeyed()
        put(.unkeyed(nested))
        return UnkeyedTreeEncoder(unkeyed: nested)
    }

    mutating func superEncoder() -> Encoder {
        let slot = SnapshotTree.Slot()
        put(.slot(slot))
        return TreeEncoder(slot: slot)
    }
}

private struct SingleTreeEncoder: SingleValueEncodingContainer {
    let slot: SnapshotTree.Slot
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { slot.node = .null }
    mutating func encode(_ value: Bool) throws { slot.node = .bool(value) }
    mutating func encode(_ value: String) throws { slot.node = .string(value) }
    mutating func encode(_ value: Double) throws { slot.node = .double(value) }
    mutating func encode(_ value: Float) throws { slot.node = .double(Double(value)) }
    mutating func encode(_ value: Int) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { slot.node = .int(value) }
    mutating func encode(_ value: UInt) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { slot.node = .uint(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { slot.node = try SnapshotTree.node(value) }
}
