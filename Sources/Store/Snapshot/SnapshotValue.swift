import Foundation

/// The snapshot's binary form of a value. Each value starts with a tag byte:
/// - `null`, `false`, `true`: nothing follows;
/// - `int`, `uint`, `double`: 8 bytes, little-endian (a double as its bits, so it reads back exactly);
/// - `string`: a 4-byte length, then that many UTF-8 bytes;
/// - `keyed`, `unkeyed`: a 4-byte length of what follows it, a 4-byte count, then the entries
///   (a keyed entry is its key, written as a string's length and bytes, then its value).
/// Every value's end is known from its first bytes, so a reader steps over what it does not ask for.
enum SnapshotValue {
    enum Tag: UInt8 { case null, `false`, `true`, int, uint, double, string, keyed, unkeyed }

    struct Damaged: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads values out of bytes that the caller keeps alive while decoding; every read is
    /// bounds-checked, so damaged bytes are an error, never a crash.
    struct Reader {
        let bytes: UnsafeRawBufferPointer

        func tag(at offset: Int) throws -> Tag {
            guard offset >= 0, offset < bytes.count, let tag = Tag(rawValue: bytes[offset]) else { throw damaged(at: offset) }
            return tag
        }

        func word<I: FixedWidthInteger>(_ type: I.Type, at offset: Int) throws -> I {
            guard offset >= 0, offset + MemoryLayout<I>.size <= bytes.count else { throw damaged(at: offset) }
            return I(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: I.self))
        }

        /// Where the value starting at `offset` ends.
        func end(ofValueAt offset: Int) throws -> Int {
            switch try tag(at: offset) {
            case .null, .false, .true: return offset + 1
            case .int, .uint, .double: return offset + 9
            case .string, .keyed, .unkeyed:
                let end = offset + 5 + Int(try word(UInt32.self, at: offset + 1))
                guard end <= bytes.count else { throw damaged(at: offset) }
                return end
            }
        }

        /// The bytes of a length-prefixed text (a string's, or a key's) whose length is at `offset`.
        func text(at offset: Int) throws -> (start: Int, count: Int) {
            let count = Int(try word(UInt32.self, at: offset))
            guard offset + 4 + count <= bytes.count else { throw damaged(at: offset) }
            return (offset + 4, count)
        }

        func string(_ text: (start: Int, count: Int)) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[text.start..<text.start + text.count]), as: UTF8.self)
        }

        func damaged(at offset: Int) -> Damaged {
            Damaged(description: "the snapshot is damaged at byte \(offset)")
        }
    }
}
