import Numerics
import Testing

/// Trial keys and file hashes are written with these digits: the committed store's file names.
@Suite struct HexDigitsTests {
    @Test func writesEachByteAsTwoLowerCaseDigits() {
        #expect(HexDigits.string([0x00, 0x0f, 0x10, 0xa5, 0xff]) == "000f10a5ff")
        #expect(HexDigits.string([UInt8]()) == "")
        #expect(HexDigits.string(UInt8(0)...UInt8(255)).count == 512)
        #expect(HexDigits.string(UInt8(0)...UInt8(255)).hasSuffix("fcfdfeff"))
    }
}
