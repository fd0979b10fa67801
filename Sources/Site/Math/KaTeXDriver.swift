/// The script `node` runs for `KaTeXProcess`: KaTeX's library behind a JSON-lines protocol, so
/// one process typesets every expression of a build. Kept in the binary, so labbook finds it from
/// any folder. One request a line, `{"id": 7, "tex": "x^2", "display": false}`; one answer a line,
/// `{"id": 7, "html": "…"}` or `{"id": 7, "error": "…", "position": 3}`, in the order asked.
/// The macros come once, in `LABBOOK_KATEX_MACROS` (JSON), and are copied for every expression so a
/// `\gdef` in one formula cannot leak into the next.
enum KaTeXDriver {
    static let script = #"""
    "use strict";
    const katex = require("katex");
    const readline = require("readline");
    const macros = JSON.parse(process.env.LABBOOK_KATEX_MACROS || "{}");
    process.stdout.write(JSON.stringify({ ready: katex.version }) + "\n");
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (line.trim() === "") return;
      const request = JSON.parse(line);
      let answer;
      try {
        const html = katex.renderToString(request.tex, {
          displayMode: request.display, output: "htmlAndMathml", throwOnError: true,
          strict: "ignore", trust: false, macros: Object.assign({}, macros),
        });
        answer = { id: request.id, html: html };
      } catch (error) {
        if (!(error instanceof katex.ParseError)) throw error;
        // The message without KaTeX's underlined excerpt: the position says where.
        const message = String(error.message).replace(/(at position \d+|at end of input): [\s\S]*$/, "$1");
        answer = { id: request.id, error: message };
        if (typeof error.position === "number") answer.position = error.position;
      }
      process.stdout.write(JSON.stringify(answer) + "\n");
    });
    """#
}
