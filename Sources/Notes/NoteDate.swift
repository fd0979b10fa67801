/// A note or entry date as written in front matter or a heading: a day, optionally a time and a zone
/// (`2022-07-18`, `2022-07-18T15:31:12-04:00`, `2022-07-18 15:31`). Without a zone it is read as UTC.
package struct NoteDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    package var year: Int, month: Int, day: Int
    package var hour: Int?, minute: Int?, second: Int?
    /// Offset from UTC in minutes, when the date names a zone.
    package var zoneOffsetMinutes: Int?
    /// The text as written.
    package var text: String

    package init?(_ text: String) {
        let s = Array(text.trimmingSpaces.utf8)
        self.text = text.trimmingSpaces
        func number(_ at: Int, _ width: Int) -> Int? {
            guard at + width <= s.count else { return nil }
            var value = 0
            for b in s[at..<(at + width)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let y = number(0, 4), s.count >= 10, s[4] == UInt8(ascii: "-"), let m = number(5, 2),
              s[7] == UInt8(ascii: "-"), let d = number(8, 2) else { return nil }
        guard (1...12).contains(m), d >= 1, d <= NoteDate.daysInMonth(y, m) else { return nil }
        year = y; month = m; day = d
        var i = 10
        if i < s.count {
            guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: " "), let h = number(i + 1, 2),
                  i + 3 < s.count, s[i + 3] == UInt8(ascii: ":"), let mi = number(i + 4, 2),
                  h < 24, mi < 60 else { return nil }
            hour = h; minute = mi
            i += 6
            if i < s.count, s[i] == UInt8(ascii: ":") {
                guard let sec = number(i + 1, 2), sec < 61 else { return nil }
                second = sec
                i += 3
                if i < s.count, s[i] == UInt8(ascii: ".") {  // fractional seconds: kept in text only
                    i += 1
                    while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
                }
            }
            if i < s.count {
                if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
                    zoneOffsetMinutes = 0
                    i += 1
                } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
                    let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
                    guard let zh = number(i + 1, 2) else { return nil }
                    var zm = 0
                    if i + 3 < s.count, s[i + 3] == UInt8(ascii: ":") {
                        guard let value = number(i + 4, 2) else { return nil }
                        zm = value; i += 6
                    } else if let value = number(i + 3, 2) {
                        zm = value; i += 5
                    } else {
                        i += 3
                    }
                    guard zh < 24, zm < 60 else { return nil }
                    zoneOffsetMinutes = sign * (zh * 60 + zm)
                }
            }
            guard i == s.count else { return nil }
        }
    }

    /// `2022-07-18`.
    package var dayString: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// Seconds since 1970-01-01T00:00:00Z: the instant, for ordering notes written in different zones.
    package var secondsSinceEpoch: Int {
        let days = NoteDate.daysFromCivil(year, month, day)
        let local = days * 86_400 + (hour ?? 0) * 3_600 + (minute ?? 0) * 60 + (second ?? 0)
        return local - (zoneOffsetMinutes ?? 0) * 60
    }

    /// RFC 3339, as Atom wants: the time and zone as written, midnight UTC for a bare day.
    package var rfc3339: String {
        var result = "\(dayString)T\(pad(hour ?? 0, 2)):\(pad(minute ?? 0, 2)):\(pad(second ?? 0, 2))"
        if let offset = zoneOffsetMinutes, offset != 0 {
            result += "\(offset < 0 ? "-" : "+")\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
        } else {
            result += "Z"
        }
        return result
    }

    /// `18 July 2022`, as a reader would say it.
    package var longDay: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }

    package var description: String { text }

    package static func < (a: NoteDate, b: NoteDate) -> Bool {
        (a.secondsSinceEpoch, a.text) < (b.secondsSinceEpoch, b.text)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
