import Foundation

/// A numeric CSV file with a header row: feature columns, one named label column and, when
/// asked for, one group column (numbers or names; not a feature).
enum CSVTable {
    /// A content hash of the file: only its path (`dataset`) matters.
    static let fingerprintKeys = [AnyConfigKey(ConfigKeys.dataset)]
    /// What reading the table into splits depends on: checking it once per distinct value of these
    /// finds every problem its contents have.
    static let readKeys = fingerprintKeys + [AnyConfigKey(ConfigKeys.label), AnyConfigKey(ConfigKeys.task), AnyConfigKey(ConfigKeys.group),
                                             AnyConfigKey(ConfigKeys.trainSize), AnyConfigKey(ConfigKeys.valSize), AnyConfigKey(ConfigKeys.testSize)]

    static func read(_ path: String, labelColumn: String, task: Task, groupColumn: String? = nil) throws
        -> (count: Int, features: Int, outputs: Int, inputs: [Float], labels: [Int32], targets: [Float], groups: [Int32], groupNames: [String]) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw EngineError(.dataset, path: path, "cannot read: \(error.localizedDescription)")
        }
        var lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        lines.removeAll { $0.isEmpty }
        guard let headerLine = lines.first else { throw EngineError(.dataset, path: path, "the file is empty") }
        let header = headerLine.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
        guard let labelIndex = header.firstIndex(of: labelColumn) else {
            throw EngineError(.dataset, path: path, "no column named '\(labelColumn)'; columns are \(header.joined(separator: ", "))")
        }
        var groupIndex: Int?
        if let groupColumn {
            guard let index = header.firstIndex(of: groupColumn), index != labelIndex else {
                throw EngineError(.dataset, path: path, "no group column named '\(groupColumn)' besides the label; columns are \(header.joined(separator: ", "))")
            }
            groupIndex = index
        }
        let features = header.count - 1 - (groupIndex == nil ? 0 : 1)
        var inputs: [Float] = [], rawLabels: [String] = [], targets: [Float] = [], rawGroups: [String] = []
        inputs.reserveCapacity((lines.count - 1) * features)
        for (n, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw EngineError(.dataset, path: "\(path):\(n + 2)", "expected \(header.count) fields, found \(fields.count)")
            }
            for (i, field) in fields.enumerated() {
                let value = field.trimmingCharacters(in: CharacterSet(charactersIn: " \""))
                if i == groupIndex {
                    rawGroups.append(value)
                } else if i == labelIndex {
                    if task == .classification { rawLabels.append(value) } else {
                        guard let v = Float(value) else {
                            throw EngineError(.dataset, path: "\(path):\(n + 2)", "target '\(value)' is not a number")
                        }
                        targets.append(v)
                    }
                } else {
                    guard let v = Float(value) else {
                        throw EngineError(.dataset, path: "\(path):\(n + 2)", "column \(header[i]): '\(value)' is not a number")
                    }
                    inputs.append(v)
                }
            }
        }
        var labels: [Int32] = []
        var outputs = 1
        if task == .classification {
            if rawLabels.allSatisfy({ Int32($0).map { $0 >= 0 } ?? false }) {
                labels = rawLabels.map { Int32($0)! }
                outputs = Int(labels.max() ?? 0) + 1
            } else {  // named classes: numbered in sorted order
                let names = Array(Set(rawLabels)).sorted()
                let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
                labels = rawLabels.map { index[$0]! }
                outputs = names.count
            }
        }
        let (groups, groupNames) = groupIndex == nil ? ([], []) : numbered(rawGroups)
        return (lines.count - 1, features, outputs, inputs, labels, targets, groups, groupNames)
    }

    /// Group values numbered in sorted order (numerically when all are integers, so groups
    /// 2 and 10 keep their order), and each value's number.
    private static func numbered(_ values: [String]) -> (indices: [Int32], names: [String]) {
        let distinct = Array(Set(values))
        let names = distinct.allSatisfy({ Int($0) != nil }) ? distinct.sorted { (Int($0)!, $0) < (Int($1)!, $1) } : distinct.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        return (values.map { index[$0]! }, names)
    }
}
