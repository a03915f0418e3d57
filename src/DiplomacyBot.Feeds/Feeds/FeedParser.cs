using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Feeds.Web;

namespace DiplomacyBot.Feeds.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds with System.ServiceModel.Syndication. The XML reader resolves no external
/// entities and ignores DTDs; dates the strict formatters reject are read leniently; a malformed feed is a
/// <see cref="FetchException"/> naming the URL and the line of the error.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(byte[] body, string? charset, Uri url)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(url);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 4096,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        try
        {
            using var stream = new MemoryStream(body);
            using XmlReader xml = charset is not null && TryEncoding(charset) is { } encoding
                ? XmlReader.Create(new StreamReader(stream, encoding), settings)
                : XmlReader.Create(stream, settings);
            xml.MoveToContent();
            SyndicationFeedFormatter formatter;
            var rss = new Rss20FeedFormatter { DateTimeParser = LenientDate };
            var atom = new Atom10FeedFormatter { DateTimeParser = LenientDate };
            if (rss.CanRead(xml))
            {
                formatter = rss;
            }
            else if (atom.CanRead(xml))
            {
                formatter = atom;
            }
            else
            {
                throw new FetchException(url, $"is not an RSS 2.0 or Atom 1.0 feed (its root element is <{xml.Name}>)");
            }

            formatter.ReadFrom(xml);
            SyndicationFeed feed = formatter.Feed;
            var items = feed.Items.Select((item, i) => Item(item, url, i)).Where(i => i is not null).Select(i => i!).ToList();
            return new ParsedFeed(feed.Title?.Text?.Trim(), items);
        }
        catch (XmlException ex)
        {
            throw new FetchException(url, $"is not a well-formed feed (XML error at line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)})");
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FetchException(url, $"is not a readable feed ({FirstSentence(ex.Message)})");
        }
    }

    private static FeedItem? Item(SyndicationItem item, Uri feedUrl, int position)
    {
        Uri? link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        if (link is not null && !link.IsAbsoluteUri)
        {
            link = Uri.TryCreate(feedUrl, link, out Uri? absolute) ? absolute : null;
        }

        if (link is not null && link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)
        {
            link = null;
        }

        string? content = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        string? title = item.Title?.Text?.Trim();
        string id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim()
            : link is not null ? link.ToString()
            : title is not null ? $"title:{title}"
            : $"position:{position}";
        DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
            : item.LastUpdatedTime != default ? item.LastUpdatedTime
            : null;
        if (link is null && string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        return new FeedItem(id, link, title, published, content);
    }

    /// <summary>RFC 822 and ISO 8601 dates, and the many near-misses feeds use ("Sun, 28 Sep 2025 10:00:00 EST").</summary>
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        string text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        // Drop a named zone ("EST", "GMT") the parser does not know, and take the rest as UTC.
        int space = text.LastIndexOf(' ');
        if (space > 0 && DateTimeOffset.TryParse(text[..space], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        if (PageMetadata.ParseDate(text) is { } date)
        {
            value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        value = default;
        return false;
    }

    private static System.Text.Encoding? TryEncoding(string charset)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
