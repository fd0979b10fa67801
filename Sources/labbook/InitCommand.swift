import ArgumentParser
import Foundation
import Notes

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a notebook: labbook.yml, notes/ with a first note, and a .gitignore for site/ and .labbook/.")

    @Argument(help: "The folder (made if need be; default: this one).")
    var folder: String = "."

    @Option(help: "The notebook's title (default: the folder's name).")
    var title: String?

    func run() throws {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let made: [String]
        do { made = try NotebookScaffold.create(at: root, title: title ?? root.lastPathComponent) } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        for path in made { print(folder == "." ? path : "\(folder)/\(path)") }
        print("a notebook in \(root.path): write notes with `labbook new \"title\"`, build it with `labbook build`")
    }
}
