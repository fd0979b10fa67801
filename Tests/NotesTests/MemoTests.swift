import Testing
@testable import Notes

@Suite struct MemoTests {
    @Test func aValueIsWorkedOutOncePerKeyAndTheMemoStaysWithinItsCapacity() {
        let memo = Memo<Int, String>(capacity: 3)
        var computed: [Int] = []
        func value(_ key: Int) -> String { memo.value(for: key) { computed.append(key); return "v\(key)" } }
        #expect([1, 2, 1, 2].map(value) == ["v1", "v2", "v1", "v2"])
        #expect(computed == [1, 2])
        for key in 3...10 { #expect(value(key) == "v\(key)") }
        #expect(memo.count <= 3)
        // Forgotten, then worked out again: the same answer.
        #expect(value(1) == "v1")
        #expect(computed.filter { $0 == 1 }.count == 2)
    }
}
