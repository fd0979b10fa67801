/// The built-in theme's Mustache templates, compiled into the binary. A notebook overrides any of
/// them with a file of the same name in its `templates/` folder (`templates/note.mustache`).
enum BuiltInTemplates {
    static let names = ["base", "note", "index", "log", "tag", "feed"]

    static let all: [String: String] = [
        "base": base, "note": note, "index": index, "log": log, "tag": tag, "feed": feed,
    ]

    static let base = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>{{pageTitle}}</title>
    <link rel="stylesheet" href="{{root}}style.css">
    <link rel="alternate" type="application/atom+xml" title="{{siteTitle}}" href="{{root}}feed.xml">
    </head>
    <body>
    <header class="site-header">
    <a class="site-title" href="{{root}}index.html">{{siteTitle}}</a>
    <nav><a href="{{root}}index.html">Notes</a> <a href="{{root}}log.html">Log</a> <a href="{{root}}feed.xml">Feed</a></nav>
    </header>
    <main>
    {{{content}}}
    </main>
    <footer class="site-footer">{{#author}}{{author}} · {{/author}}Built with labbook {{version}}.</footer>
    </body>
    </html>

    """

    static let note = """
    <article class="note">
    <header>
    <h1>{{title}}</h1>
    <p class="meta">{{#date}}<time datetime="{{dateISO}}">{{date}}</time>{{/date}}{{#draft}} <span class="draft">draft</span>{{/draft}}{{#hasTags}} · {{/hasTags}}{{#tags}}<a class="tag" href="{{url}}">{{name}}</a> {{/tags}}</p>
    </header>
    <section class="body">
    {{{body}}}
    </section>
    {{#provenance}}<footer class="provenance">{{{provenance}}}</footer>{{/provenance}}
    {{#hasEntries}}
    <nav class="entries"><h2>Entries</h2><ul>{{#entries}}<li><a href="#{{anchor}}">{{day}}</a>{{#title}} — {{title}}{{/title}}</li>{{/entries}}</ul></nav>
    {{/hasEntries}}
    </article>

    """

    static let index = """
    <section class="notes-index">
    <h1>{{siteTitle}}</h1>
    <ol class="note-list">
    {{#notes}}
    <li>
    <h2><a href="{{url}}">{{title}}</a>{{#draft}} <span class="draft">draft</span>{{/draft}}</h2>
    <p class="meta">{{#date}}<time datetime="{{dateISO}}">{{date}}</time>{{/date}}{{#entryCount}} · {{entryCount}} dated {{entryWord}}{{/entryCount}}{{#hasTags}} · {{/hasTags}}{{#tags}}<a class="tag" href="{{url}}">{{name}}</a> {{/tags}}</p>
    {{#summary}}<p class="summary">{{summary}}</p>{{/summary}}
    </li>
    {{/notes}}
    </ol>
    {{^notes}}<p>No notes yet. Write one with <code>labbook new "a title"</code>.</p>{{/notes}}
    {{#hasTags}}
    <section class="all-tags"><h2>Tags</h2><p>{{#tags}}<a class="tag" href="{{url}}">{{name}}</a> <span class="count">({{count}})</span> {{/tags}}</p></section>
    {{/hasTags}}
    </section>

    """

    static let log = """
    <section class="log">
    <h1>Research log</h1>
    <p class="meta">Every dated entry in every note, newest first.</p>
    {{#entries}}
    <article class="log-entry">
    <h2 id="{{id}}"><a href="{{url}}"><time datetime="{{dateISO}}">{{date}}</time>{{#title}} — {{title}}{{/title}}</a></h2>
    <p class="meta">from <a href="{{noteURL}}">{{noteTitle}}</a></p>
    <div class="body">
    {{{body}}}
    </div>
    </article>
    {{/entries}}
    {{^entries}}<p>No dated entries yet. A level-2 heading such as <code>## 2024-05-01</code> starts one.</p>{{/entries}}
    </section>

    """

    static let tag = """
    <section class="tag-page">
    <h1>Tagged “{{name}}”</h1>
    <ol class="note-list">
    {{#notes}}
    <li>
    <h2><a href="{{url}}">{{title}}</a></h2>
    <p class="meta">{{#date}}<time datetime="{{dateISO}}">{{date}}</time>{{/date}}</p>
    {{#summary}}<p class="summary">{{summary}}</p>{{/summary}}
    </li>
    {{/notes}}
    </ol>
    </section>

    """

    static let feed = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
    <title>{{siteTitle}}</title>
    <id>{{feedID}}</id>
    <updated>{{updated}}</updated>
    {{#siteURL}}<link href="{{siteURL}}"/>{{/siteURL}}
    {{#feedURL}}<link rel="self" href="{{feedURL}}"/>{{/feedURL}}
    {{#author}}<author><name>{{author}}</name></author>{{/author}}
    {{^author}}<author><name>{{siteTitle}}</name></author>{{/author}}
    {{#entries}}
    <entry>
    <title>{{title}}</title>
    <id>{{id}}</id>
    <link href="{{url}}"/>
    <updated>{{updated}}</updated>
    {{#tags}}<category term="{{name}}"/>{{/tags}}
    <summary>{{summary}}</summary>
    </entry>
    {{/entries}}
    </feed>

    """
}
