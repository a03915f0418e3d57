using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;

namespace DiplomacyBot.Feeds.Html;

/// <summary>
/// Extracts the article from an HTML page: the page is parsed and made safe (<see cref="HtmlSanitizer"/>), its
/// metadata read (<see cref="PageMetadata"/>: title, outlet, byline, publication dates), and its main text found by
/// SmartReader (Mozilla Readability's method) and laid out one paragraph per line. The best metadata date becomes the
/// article's metadata cue; other metadata dates that disagree are kept as conflicting cues.
/// </summary>
public sealed class HtmlArticleExtractor : IHtmlArticleExtractor
{
    /// <summary>Elements beyond which a page is not given to the readability pass (its paragraphs are taken instead).</summary>
    public const int MaxElements = 60_000;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });

    public SourceItem Extract(byte[] html, string? charset, string source, string id, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return SourceItem.Fail(source, null, "is empty");
        }

        if (HtmlDecoding.LooksBinary(html))
        {
            return SourceItem.Fail(source, null, "looks like a binary file, not an HTML page");
        }

        string text = HtmlDecoding.Decode(html, charset);
        IHtmlDocument document = Parser.ParseDocument(text);
        PageMetadata metadata = PageMetadata.Read(document);
        HtmlSanitizer.Clean(document);

        var (readerTitle, readerByline, readerSite, paragraphs) = Readable(document, url);
        if (paragraphs.Count == 0)
        {
            return SourceItem.Fail(source, null, "has no article text that could be extracted");
        }

        string? byline = readerByline ?? metadata.Byline;
        string? outlet = metadata.Outlet ?? readerSite ?? Host(url);
        string title = metadata.Title ?? PageTitle(readerTitle ?? metadata.DocumentTitle, metadata.Heading, outlet) ?? paragraphs[0];
        var body = new List<string>();
        if (byline is not null && !paragraphs.Take(3).Any(p => p.Contains(byline, StringComparison.OrdinalIgnoreCase)))
        {
            body.Add(byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? byline : $"By {byline}");
        }

        body.AddRange(paragraphs.Where(p => !string.Equals(p, title, StringComparison.OrdinalIgnoreCase)));
        DateCue? best = metadata.Dates.Count > 0 ? metadata.Dates[0] : null;
        return SourceItem.Of(new RawArticle
        {
            Source = source,
            Id = id,
            Text = string.Join("\n\n", body),
            SizeBytes = html.Length,
            Title = title,
            Url = url?.ToString(),
            Outlet = outlet,
            Published = best?.Date,
            PublishedText = best?.Text,
            MetadataCues = metadata.Dates.Skip(1).ToList(),
        });
    }

    private static (string? Title, string? Byline, string? Site, IReadOnlyList<string> Paragraphs) Readable(IHtmlDocument document, Uri? url)
    {
        IReadOnlyList<string> fallback() => document.Body is { } body ? ArticleParagraphs(body) : [];
        if (document.All.Length > MaxElements)
        {
            return (null, null, null, fallback());
        }

        try
        {
            var reader = new SmartReader.Reader(url?.ToString() ?? "http://localhost/", document)
            {
                ContinueIfNotReadable = true,
                CharThreshold = 200,
                MaxElemsToParse = MaxElements,
            };
            SmartReader.Article article = reader.GetArticle();
            IReadOnlyList<string> paragraphs = [];
            if (!string.IsNullOrWhiteSpace(article.Content))
            {
                IHtmlDocument content = Parser.ParseDocument(article.Content);
                paragraphs = content.Body is { } b ? BlockText.Paragraphs(b) : [];
            }

            return (
                string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
                string.IsNullOrWhiteSpace(article.Byline) ? null : article.Byline.Trim(),
                string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName.Trim(),
                paragraphs.Count > 0 ? paragraphs : fallback());
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or FormatException or IndexOutOfRangeException)
        {
            // A page the readability pass cannot handle still has paragraphs.
            return (null, null, null, fallback());
        }
    }

    /// <summary>Without a readability result: the page's &lt;p&gt; paragraphs, else all its block text.</summary>
    private static IReadOnlyList<string> ArticleParagraphs(IHtmlElement body)
    {
        var paragraphs = body.QuerySelectorAll("p").Select(p => string.Join(' ', HtmlSanitizer.TextOf(p).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0)
            .ToList();
        return paragraphs.Count > 0 ? paragraphs : BlockText.Paragraphs(body);
    }

    /// <summary>
    /// A &lt;title&gt; without the site's name ("Talks resume | Example News" → "Talks resume"): the page's single
    /// &lt;h1&gt; when the title contains it, else the title with a separator and the outlet cut from either end.
    /// </summary>
    private static string? PageTitle(string? title, string? heading, string? outlet)
    {
        if (title is null)
        {
            return heading;
        }

        if (heading is { Length: >= 8 } && title.Contains(heading, StringComparison.OrdinalIgnoreCase))
        {
            return heading;
        }

        if (outlet is not null)
        {
            foreach (string separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · " })
            {
                if (title.EndsWith(separator + outlet, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..^(separator.Length + outlet.Length)].Trim();
                }

                if (title.StartsWith(outlet + separator, StringComparison.OrdinalIgnoreCase))
                {
                    return title[(outlet.Length + separator.Length)..].Trim();
                }
            }
        }

        return title;
    }

    private static string? Host(Uri? url) => url is null ? null
        : url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
}
