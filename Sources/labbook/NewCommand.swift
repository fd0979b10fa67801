import ArgumentParser
import Foundation
import Notes

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a note: notes/YYYY-MM-DD-slug.md with front matter and today's entry heading.")

    @OptionGroup var notebook: NotebookOptions

    @Argument(help: "The note's title.")
    var title: String

    func validate() throws {
        guard !Slug.make(title).isEmpty else { throw ValidationError("the title needs at least one letter or digit") }
    }

    func run() throws {
        guard NotebookScaffold.isNotebook(notebook.rootURL) else {
            Report.error("error: \(notebook.rootURL.path) is not a notebook (it has no notes/ or labbook.yml); "
                         + "start one with `labbook init`, or give its folder with --root")
            throw ExitCode(1)
        }
        let today = NoteTemplate.today()
        let name = "\(today)-\(Slug.make(title)).md"
        let folder = notebook.rootURL.appendingPathComponent(Notebook.notesFolder)
        let url = folder.appendingPathComponent(name)
        let shown = "\(Notebook.notesFolder)/\(name)"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // O_EXCL: never overwrite, even if another process creates the file meanwhile.
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            Report.error("\(shown): error: \(errno == EEXIST ? "already exists; labbook new never overwrites a note" : String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        let text = NoteTemplate.text(title: title, day: today)
        let written = text.utf8CString.withUnsafeBufferPointer { Foundation.write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        guard written == text.utf8.count else {
            Report.error("\(shown): error: could not write the whole note")
            throw ExitCode(1)
        }
        print(shown)
    }
}
