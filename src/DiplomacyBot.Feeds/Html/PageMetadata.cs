using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Feeds.Html;

/// <summary>
/// What a page's markup says about the article: title, outlet, byline and publication dates. Dates are read in
/// order of trust, <c>article:published_time</c>, then JSON-LD <c>datePublished</c>, then other date meta tags
/// (Dublin Core, <c>itemprop="datePublished"</c>), then a <c>&lt;time datetime&gt;</c> element; the calendar date
/// is taken as written, before any shift to UTC.
/// </summary>
internal sealed record PageMetadata(string? Title, string? DocumentTitle, string? Heading, string? Outlet, string? Byline, IReadOnlyList<DateCue> Dates)
{
    private const int MaxJsonLdBytes = 512 * 1024;

    private static readonly string[] OtherDateMeta =
        ["pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "og:published_time"];

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage"];

    public static PageMetadata Read(IHtmlDocument document)
    {
        var dates = new List<DateCue>();
        AddDate(dates, "article:published_time", Meta(document, "article:published_time"));
        var (ldDate, ldPublisher, ldHeadline, ldAuthor) = JsonLd(document);
        AddDate(dates, "JSON-LD datePublished", ldDate);
        foreach (string name in OtherDateMeta)
        {
            AddDate(dates, name, Meta(document, name));
        }

        AddDate(dates, "itemprop datePublished", document.QuerySelector("[itemprop=datePublished]") is { } item
            ? item.GetAttribute("content") ?? item.GetAttribute("datetime") ?? item.TextContent
            : null);
        IElement? time = document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]");
        AddDate(dates, "<time datetime>", time?.GetAttribute("datetime"));

        string? title = Clean(Meta(document, "og:title")) ?? Clean(ldHeadline);
        string? outlet = Clean(Meta(document, "og:site_name")) ?? Clean(ldPublisher) ?? Clean(Meta(document, "application-name"));
        string? byline = Clean(Meta(document, "author")) ?? Clean(Meta(document, "article:author")) ?? Clean(ldAuthor);
        var headings = document.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).Where(h => h is not null).Distinct().ToList();
        return new PageMetadata(title, Clean(document.Title), headings.Count == 1 ? headings[0] : null, outlet, byline, dates);
    }

    /// <summary>A date as written: "2025-09-28T23:30:00-04:00" is 28 September, whatever the time zone.</summary>
    internal static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly iso))
        {
            return iso;
        }

        if (text.Length >= 8 && text.Length <= 14 && text.All(char.IsDigit)
            && DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly compact))
        {
            return compact;
        }

        return text.Length <= 64 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }

    private static void AddDate(List<DateCue> dates, string label, string? value)
    {
        if (ParseDate(value) is not { } date || date.Year < 1900)
        {
            return;
        }

        if (dates.Any(d => d.Date == date))
        {
            return;
        }

        dates.Add(DateCue.Full(DateCueKind.Metadata, date, $"{label} {Core.Text.Shortened.To(value!.Trim(), 64)}"));
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (IElement meta in document.GetElementsByTagName("meta"))
        {
            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && string.Equals(key.Trim(), name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content;
            }
        }

        return null;
    }

    private static (string? Date, string? Publisher, string? Headline, string? Author) JsonLd(IHtmlDocument document)
    {
        foreach (IElement script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            string json = script.TextContent;
            if (json.Length == 0 || json.Length > MaxJsonLdBytes)
            {
                continue;
            }

            try
            {
                using JsonDocument parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                JsonElement? best = null;
                foreach (JsonElement candidate in Objects(parsed.RootElement))
                {
                    if (candidate.TryGetProperty("datePublished", out _) || candidate.TryGetProperty("headline", out _))
                    {
                        if (best is null || IsArticleType(candidate))
                        {
                            best = candidate;
                        }

                        if (IsArticleType(candidate))
                        {
                            break;
                        }
                    }
                }

                if (best is { } found)
                {
                    return (String(found, "datePublished"), Name(found, "publisher"), String(found, "headline"), Name(found, "author"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other cues still count.
            }
        }

        return (null, null, null, null);
    }

    /// <summary>The objects of a JSON-LD block: the root, the items of a root array, and the items of an "@graph".</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in root.EnumerateArray())
            {
                foreach (JsonElement inner in Objects(item))
                {
                    yield return inner;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out JsonElement graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in graph.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticleType(JsonElement element) =>
        element.TryGetProperty("@type", out JsonElement type) && (type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString())),
            _ => false,
        });

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "name"),
            _ => null,
        };
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Core.Text.Shortened.To(normalized, 300);
    }

}
