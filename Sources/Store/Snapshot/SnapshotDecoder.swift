import Foundation
import Parallel

/// Reads a value that `SnapshotEncoder` wrote, through the type's own `init(from:)`.
/// A value reads only as what it was written as (a number written as a double does not read as
/// an integer), so a type that tries one reading after another, as `ConfigValue` does, gets back
/// the case it encoded. Coding paths are left empty: an error only means the snapshot is not used.
package enum SnapshotDecoder {
    package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { raw in
            let reader = SnapshotValue.Reader(bytes: raw)
            guard try reader.end(ofValueAt: 0) == raw.count else { throw reader.damaged(at: 0) }
            return try reader.value(T.self, at: 0)
        }
    }
}

extension SnapshotDecoder {
    /// A list of values that do not depend on one another (the record snapshot's entries),
    /// each decoded on whichever core is free; in order.
    package static func decodeEach<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> [T] {
        try bytes.withUnsafeBytes { raw in
            let reader = SnapshotValue.Reader(bytes: raw)
            guard try reader.end(ofValueAt: 0) == raw.count else { throw reader.damaged(at: 0) }
            var (at, count) = try reader.container(.unkeyed, at: 0)
            var starts: [Int] = []
            starts.reserveCapacity(count)
            while count > 0 {
                starts.append(at)
                at = try reader.end(ofValueAt: at)
                count -= 1
            }
            return try ParallelMap.map(starts) { start in Result { try reader.value(T.self, at: start) } }.map { try $0.get() }
        }
    }
}

extension SnapshotValue.Reader {
    /// A value of type `T` at `offset`: plain values read directly, others through `init(from:)`.
    func value<T: Decodable>(_ type: T.Type, at offset: Int) throws -> T {
        if T.self == Double.self { return unsafeBitCast(try double(at: offset), to: T.self) }
        if T.self == String.self { return unsafeBitCast(try string(at: offset), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(Int.self, at: offset), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(at: offset), to: T.self) }
        return try T(from: ValueDecoder(reader: self, offset: offset))
    }

    func double(at offset: Int) throws -> Double {
        switch try tag(at: offset) {
        case .double: return Double(bitPattern: try word(UInt64.self, at: offset + 1))
        case .int: return Double(Int64(bitPattern: try word(UInt64.self, at: offset + 1)))
        case .uint: return Double(try word(UInt64.self, at: offset + 1))
        default: throw mismatch(Double.self, at: offset)
        }
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, at offset: Int) throws -> I {
        let exact: I?
        switch try tag(at: offset) {
        case .int: exact = I(exactly: Int64(bitPattern: try word(UInt64.self, at: offset + 1)))
        case .uint: exact = I(exactly: try word(UInt64.self, at: offset + 1))
        default: exact = nil
        }
        guard let exact else { throw mismatch(I.self, at: offset) }
        return exact
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw mismatch(String.self, at: offset) }
        return string(try text(at: offset + 1))
    }

    func bool(at offset: Int) throws -> Bool {
        switch try tag(at: offset) {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, at: offset)
        }
    }

    func isNull(at offset: Int) throws -> Bool { try tag(at: offset) == .null }

    /// The first entry of the container at `offset` and how many it holds, once its tag is checked.
    func container(_ tag: SnapshotValue.Tag, at offset: Int) throws -> (first: Int, count: Int) {
        guard try self.tag(at: offset) == tag else { throw mismatch(tag == .keyed ? [String: Int].self : [Int].self, at: offset) }
        let length = try end(ofValueAt: offset) - offset - 9
        let count = Int(try word(UInt32.self, at: offset + 5))
        // Every entry takes bytes (a keyed one at least its key's length and a tag): a damaged
        // count must not have a decoder reserve room for billions of values.
        guard length >= 0, count <= length / (tag == .keyed ? 5 : 1) else { throw damaged(at: offset) }
        return (offset + 9, count)
    }

    func mismatch(_ type: Any.Type, at offset: Int) -> DecodingError {
        DecodingError.typeMismatch(type, DecodingError.Context(codingPath: [], debugDescription: "not a \(type) at byte \(offset) of the snapshot"))
    }
}

private struct ValueDecoder: Decoder {
    let reader: SnapshotValue.Reader
    let offset: Int
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedReader<Key>(reader: reader, offset: offset))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer { try UnkeyedReader(reader: reader, offset: offset) }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleReader(reader: reader, offset: offset) }
}

/// A keyed container's entries, found once; keys are looked for from the last one found, since a
/// type reads its fields in about the order it wrote them.
private final class KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: SnapshotValue.Reader
    private var keys: [(start: Int, count: Int)] = []
    private var values: [Int] = []
    /// Only this container's own calls touch it, one at a time: no run-time exclusivity checks.
    @exclusivity(unchecked) private var next = 0
    var codingPath: [CodingKey] { [] }

    init(reader: SnapshotValue.Reader, offset: Int) throws {
        self.reader = reader
        var (at, count) = try reader.container(.keyed, at: offset)
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
        while count > 0 {
            let key = try reader.text(at: at)
            keys.append(key)
            values.append(key.start + key.count)
            at = try reader.end(ofValueAt: key.start + key.count)
            count -= 1
        }
    }

    var allKeys: [Key] { keys.compactMap { Key(stringValue: reader.string($0)) } }

    /// Where the value of `key` starts, if the container holds it.
    private func find(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { wanted -> Int? in
            let count = keys.count
            var probe = 0
            while probe < count {
                let index = (next + probe) % count
                let candidate = keys[index]
                if candidate.count == wanted.count,
                   wanted.count == 0 || memcmp(reader.bytes.baseAddress! + candidate.start, wanted.baseAddress!, wanted.count) == 0 {
                    next = index + 1
                    return values[index]
                }
                probe += 1
            }
            return nil
        }
    }

    private func value(_ key: Key) throws -> Int {
        guard let offset = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no '\(key.stringValue)' in the snapshot"))
        }
        return offset
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { try reader.isNull(at: value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool(at: value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string(at: value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double(at: value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader.double(at: value(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(type, at: value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(type, at: value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(type, at: value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(type, at: value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(type, at: value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(type, at: value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(type, at: value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(type, at: value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(type, at: value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(type, at: value(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader.value(type, at: value(key)) }

    // One search for a key that may be absent (the protocol's own versions search three times).
    private func present(_ key: Key) throws -> Int? {
        guard let offset = find(key), try !reader.isNull(at: offset) else { return nil }
        return offset
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map(reader.double) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(reader.string) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map(reader.bool) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(key).map { try reader.value(type, at: $0) } }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try KeyedReader<NestedKey>(reader: reader, offset: value(key)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try UnkeyedReader(reader: reader, offset: value(key)) }

    func superDecoder() throws -> Decoder {
        guard let key = Key(stringValue: "super") else { throw reader.damaged(at: 0) }
        return try superDecoder(forKey: key)
    }

    func superDecoder(forKey key: Key) throws -> Decoder { ValueDecoder(reader: reader, offset: try value(key)) }
}

private final class UnkeyedReader: UnkeyedDecodingContainer {
    let reader: SnapshotValue.Reader
    let count: Int?
    @exclusivity(unchecked) private(set) var currentIndex = 0
    @exclusivity(unchecked) private var at: Int
    var codingPath: [CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    init(reader: SnapshotValue.Reader, offset: Int) throws {
        self.reader = reader
        let (first, count) = try reader.container(.unkeyed, at: offset)
        (at, self.count) = (first, count)
    }

    /// The next item's start, stepping past it.
    private func take() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: [], debugDescription: "the list in the snapshot is at its end"))
        }
        let offset = at
        at = try reader.end(ofValueAt: offset)
        currentIndex += 1
        return offset
    }

    func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.isNull(at: at) else { return false }
        _ = try take()
        return true
    }

    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: take()) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: take()) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: take()) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: take())) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: take()) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: take()) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: take()) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: take()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: take()) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: take()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: take()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: take()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: take()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: take()) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.value(type, at: take()) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try KeyedReader<NestedKey>(reader: reader, offset: take()))
    }

    func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try UnkeyedReader(reader: reader, offset: take()) }
    func superDecoder() throws -> Decoder { ValueDecoder(reader: reader, offset: try take()) }
}

private struct SingleReader: SingleValueDecodingContainer {
    let reader: SnapshotValue.Reader
    let offset: Int
    var codingPath: [CodingKey] { [] }

    func decodeNil() -> Bool { (try? reader.isNull(at: offset)) ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: offset)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: offset) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: offset) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: offset) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: offset) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: offset) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: offset) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.value(type, at: offset) }
}
