import ArgumentParser
import Foundation
import Pipeline
import Preview

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the notebook in a browser, rebuilt and reloaded on every save.",
        discussion: """
            Builds the notebook into memory and serves it on 127.0.0.1. Watches notes/, templates/, \
            labbook.yml and results/; after a change the notebook is rebuilt (only changed records \
            are read, only figures whose inputs changed are drawn) and open pages reload. A note \
            with errors shows them over its page. Nothing is written to site/.
            """)

    @OptionGroup var notebook: NotebookOptions

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 1313

    @Option(help: "The address to listen on; the default keeps the preview to this machine.")
    var bind = "127.0.0.1"

    @Flag(help: "Show notes marked `draft: true` too.")
    var drafts = false

    @Flag(name: .customLong("run"), help: "Train the missing trials in the background; figures update as records land.")
    var train = false

    @Option(name: .long, help: "With --run: trials trained at once (default: labbook.yml's jobs, else the number of cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var options = PreviewOptions()
        options.port = port
        options.bind = bind
        options.drafts = drafts
        options.run = train
        options.build.jobs = jobs
        StopSignal.install()
        let preview = Preview(root: notebook.rootURL, options: options)
        let listening: UInt16
        do { listening = try preview.start() } catch {
            Report.error(error.description)
            throw ExitCode(2)
        }
        // Written at once, not buffered: the first line says where to point the browser (and tests).
        FileHandle.standardOutput.write(Data("serving \(notebook.rootURL.path) at http://\(bind):\(listening)/ (Ctrl-C to stop)\n".utf8))
        preview.watch { StopSignal.received }
        preview.stop()
        FileHandle.standardOutput.write(Data("stopped\n".utf8))
    }
}
