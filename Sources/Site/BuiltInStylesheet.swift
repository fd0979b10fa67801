/// The built-in theme's CSS, compiled into the binary; `templates/style.css` replaces it.
/// Sidenotes and margin notes sit in the right margin on wide screens; on narrow screens they are
/// hidden until their number (or ⊕) is tapped, which toggles the checkbox beside them: no JavaScript.
enum BuiltInStylesheet {
    static let css = """
    :root {
      --bg: #fffff8; --fg: #1d1d1b; --muted: #6b6b66; --rule: #d9d6c8; --link: #1f5f9e;
      --code-bg: #f3f1e6; --pending-bg: #fff4d6; --pending-rule: #d9a400; --accent: #a33b20;
      --measure: 38rem; --margin: 17rem;
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #161614; --fg: #e4e2da; --muted: #9d9b92; --rule: #3a3934; --link: #8cbcf0;
        --code-bg: #23221f; --pending-bg: #2e2816; --pending-rule: #b08a1a; --accent: #f08a6c;
      }
    }
    * { box-sizing: border-box; }
    html { font-size: 17px; -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--bg); color: var(--fg);
      font-family: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif;
      line-height: 1.55;
    }
    a { color: var(--link); text-underline-offset: 0.15em; }
    .site-header, main, .site-footer { max-width: calc(var(--measure) + var(--margin) + 6rem); margin: 0 auto; padding: 0 1.5rem; }
    .site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; padding-top: 1.5rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--rule); }
    .site-title { font-size: 1.2rem; font-weight: 600; color: var(--fg); text-decoration: none; }
    .site-header nav a { margin-right: 1rem; font-variant: small-caps; letter-spacing: 0.04em; }
    .site-footer { color: var(--muted); font-size: 0.8rem; padding-top: 3rem; padding-bottom: 2rem; }
    h1 { font-weight: 400; font-size: 2.1rem; line-height: 1.2; margin: 2rem 0 0.5rem; }
    h2 { font-weight: 400; font-style: italic; font-size: 1.45rem; margin: 2rem 0 0.5rem; }
    h3 { font-weight: 400; font-style: italic; font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
    h2.entry { font-style: normal; font-variant-numeric: tabular-nums; border-top: 1px solid var(--rule); padding-top: 0.8rem; }
    .meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 1rem; }
    .tag { font-size: 0.8rem; padding: 0.05rem 0.4rem; border: 1px solid var(--rule); border-radius: 0.7rem; text-decoration: none; white-space: nowrap; }
    .draft { color: var(--accent); font-variant: small-caps; }

    /* The text column leaves room on the right for notes. */
    article .body > *, .log-entry .body > *, .notes-index > *, .tag-page > *, .log > h1, .log > .meta, article header {
      max-width: var(--measure);
    }
    article .body > figure.directive, .log-entry .body > figure.directive { max-width: calc(var(--measure) + var(--margin)); }
    p, li { font-variant-numeric: oldstyle-nums; }
    ul.tasks { list-style: none; padding-left: 0.5rem; }
    li.task input { margin: 0 0.4rem 0 0; vertical-align: -0.1em; }
    blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; background: var(--code-bg); padding: 0.05em 0.25em; border-radius: 3px; }
    pre { background: var(--code-bg); padding: 0.8rem 1rem; overflow-x: auto; border-radius: 4px; line-height: 1.4; }
    pre code { background: none; padding: 0; }
    img { max-width: 100%; height: auto; }
    hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums lining-nums; }
    th, td { padding: 0.25rem 0.7rem; border-bottom: 1px solid var(--rule); text-align: right; }
    .math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", serif; }
    .math.display { display: block; text-align: center; margin: 0.8rem 0; }

    /* Sidenotes and margin notes. */
    article, .log-entry { counter-reset: sidenote-counter; }
    .sidenote, .marginnote {
      float: right; clear: right; position: relative;
      width: var(--margin); margin: 0.3rem calc(-1 * var(--margin) - 2.5rem) 1rem 0;
      font-size: 0.82rem; line-height: 1.4; color: var(--fg); vertical-align: baseline;
    }
    .sidenote-number { counter-increment: sidenote-counter; }
    .sidenote-number::after, .sidenote::before {
      font-family: system-ui, sans-serif; font-variant-numeric: lining-nums; color: var(--accent);
      position: relative; vertical-align: baseline;
    }
    .sidenote-number::after { content: counter(sidenote-counter); font-size: 0.7rem; top: -0.5rem; left: 0.1rem; }
    .sidenote::before { content: counter(sidenote-counter) " "; font-size: 0.7rem; top: -0.4rem; }
    input.margin-toggle { display: none; }
    label.sidenote-number { display: inline; cursor: pointer; }
    label.margin-toggle:not(.sidenote-number) { display: none; }

    /* Directives whose results are not in yet. */
    figure.directive { margin: 1.2rem 0; padding: 0.6rem 0.9rem; border-left: 4px solid var(--pending-rule); background: var(--pending-bg); }
    figure.directive figcaption { font-size: 0.9rem; }
    .directive-kind { font-variant: small-caps; letter-spacing: 0.05em; }
    figure.directive details { margin-top: 0.4rem; font-size: 0.85rem; }
    footer.provenance { margin-top: 2.5rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; max-width: var(--measure); }
    figure.directive.experiment { border-left-color: var(--rule); background: none; }
    figure.directive.experiment.pending { border-left-color: var(--pending-rule); }
    figure.directive table.best { margin: 0.5rem 0; font-size: 0.85rem; }
    figure.directive .notice { margin: 0.4rem 0; font-size: 0.9rem; }
    figure.directive .provenance { margin: 0.3rem 0; color: var(--muted); font-size: 0.8rem; }
    .value.pending { background: var(--pending-bg); border-bottom: 2px dotted var(--pending-rule); font-size: 0.9em; }

    .note-list { list-style: none; padding: 0; }
    .note-list > li { margin: 0 0 1.6rem; }
    .note-list h2 { font-style: normal; margin: 0 0 0.2rem; font-size: 1.3rem; }
    .note-list h2 a { color: var(--fg); text-decoration: none; }
    .summary { margin: 0.2rem 0; }
    .log-entry { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
    .log-entry h2 { font-style: normal; margin-top: 1rem; }
    .log-entry h2 a { color: var(--fg); text-decoration: none; }
    nav.entries { margin-top: 3rem; font-size: 0.9rem; color: var(--muted); max-width: var(--measure); }
    nav.entries h2 { font-size: 1rem; }

    /* Narrow screens: one column; notes open in place when their number is tapped. */
    @media (max-width: 62rem) {
      html { font-size: 16px; }
      label.margin-toggle:not(.sidenote-number) { display: inline; cursor: pointer; color: var(--accent); }
      .sidenote, .marginnote { display: none; }
      .margin-toggle:checked + .sidenote, .margin-toggle:checked + .marginnote {
        display: block; float: left; clear: both; width: 95%; margin: 0.6rem 2.5%;
        padding: 0.4rem 0.6rem; border-left: 2px solid var(--rule);
      }
      article .body > *, .log-entry .body > *, article header { max-width: none; }
    }

    """
}
