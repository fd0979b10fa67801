/// Splits a command line into words as a POSIX shell would for a simple command: blanks
/// separate words, single quotes keep everything, double quotes keep all but `\"`, `\\`, `\$`
/// and `` \` ``, and a backslash outside quotes keeps the next character. No expansion of
/// variables, globs or `~` happens: the command runs without a shell.
package enum CommandWords {
    package enum Problem: Error, Equatable, CustomStringConvertible {
        case unclosedQuote(Character)
        case trailingBackslash
        case empty

        package var description: String {
            switch self {
            case .unclosedQuote(let quote): "the command has an unclosed \(quote) quote"
            case .trailingBackslash: "the command ends with a backslash"
            case .empty: "the command is empty"
            }
        }
    }

    package static func split(_ line: String) throws(Problem) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = line.makeIterator()
        while let c = characters.next() {
            switch c {
            case " ", "\t", "\n":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw .unclosedQuote("'") }
                    if next == "'" { break }
                    word.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw .unclosedQuote("\"") }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = characters.next() else { throw .unclosedQuote("\"") }
                        if !"\"\\$`".contains(escaped) { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                guard let escaped = characters.next() else { throw .trailingBackslash }
                inWord = true
                if escaped != "\n" { word.append(escaped) }
            default:
                inWord = true
                word.append(c)
            }
        }
        if inWord { words.append(word) }
        guard !words.isEmpty else { throw .empty }
        return words
    }
}
