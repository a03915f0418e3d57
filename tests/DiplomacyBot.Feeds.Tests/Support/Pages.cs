using System.Net;

namespace DiplomacyBot.Feeds.Tests.Support;

/// <summary>HTML pages and feeds for the tests, built from parts so each test states what matters to it.</summary>
public static class Pages
{
    public const string Body =
        "<p>GENEVA - Negotiators from both delegations met on Tuesday for a third round of talks on the embassy dispute, officials said.</p>" +
        "<p>The talks focused on visa procedures, the return of diplomatic property and the staffing of both missions in the coming months.</p>" +
        "<p>A spokesman said the delegations agreed to meet again in the autumn and to exchange written proposals before then.</p>" +
        "<p>Neither side gave details of the proposals, but both described the atmosphere of the meeting as constructive and businesslike.</p>";

    public static string Article(string title = "Talks resume in Geneva", string head = "", string body = Body, string byline = "") => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} | Example News</title>
        <meta property="og:title" content="{WebUtility.HtmlEncode(title)}">
        <meta property="og:site_name" content="Example News">
        {head}
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> Subscribe now</nav>
        <header><h1>{WebUtility.HtmlEncode(title)}</h1>{byline}</header>
        <article>{body}</article>
        <footer>Copyright 2025 Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
        <script>document.write('tracking pixel text that must never be stored');</script>
        </body></html>
        """;

    public static string Rss(string title, params (string Id, string Link, string Title, string Date, string? Content)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{WebUtility.HtmlEncode(title)}</title><link>http://example.test/</link><description>Test feed</description>
        {string.Concat(items.Select(i => $"<item><guid isPermaLink=\"false\">{i.Id}</guid><link>{i.Link}</link><title>{WebUtility.HtmlEncode(i.Title)}</title><pubDate>{i.Date}</pubDate>{(i.Content is null ? "" : $"<description>{WebUtility.HtmlEncode(i.Content)}</description>")}</item>"))}
        </channel></rss>
        """;

    public static string Atom(string title, params (string Id, string Link, string Title, string Updated)[] entries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>{WebUtility.HtmlEncode(title)}</title><id>urn:test:feed</id><updated>2025-09-28T10:00:00Z</updated>
        {string.Concat(entries.Select(e => $"<entry><id>{e.Id}</id><link href=\"{e.Link}\"/><title>{WebUtility.HtmlEncode(e.Title)}</title><updated>{e.Updated}</updated></entry>"))}
        </feed>
        """;
}
