using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Feeds.Html;

namespace DiplomacyBot.Feeds.Web;

/// <summary>
/// <c>ingest URL</c>: fetches a page, extracts its article and ingests it with the URL asked for as its source.
/// A page that cannot be fetched or extracted comes back as a problem naming the URL; nothing stored is touched.
/// </summary>
public sealed class WebPageIngestor(WebFetcher fetcher, IHtmlArticleExtractor extractor, IngestGate gate)
{
    public async Task<IngestReport> IngestUrlAsync(Uri url, CancellationToken cancellationToken)
    {
        SourceItem item = await FetchArticleAsync(url, null, cancellationToken).ConfigureAwait(false);
        return await gate.IngestAsync([item], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The page as an article ready to ingest, or a problem naming the URL.</summary>
    /// <param name="fallbackPublished">A date to use when the page's own metadata gives none (a feed item's date).</param>
    public async Task<SourceItem> FetchArticleAsync(Uri url, (DateOnly Date, string Text)? fallbackPublished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        string source = SafeUrl.Display(url);
        FetchResult fetched;
        try
        {
            fetched = await fetcher.FetchAsync(url, FetchKind.Page, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (FetchException ex)
        {
            return new SourceItem(null, new IngestProblem(source, null, ex.Reason));
        }

        SourceItem item = extractor.Extract(fetched.Body, fetched.Charset, source, UrlArticleId.For(url), fetched.FinalUrl);
        if (item.Article is { Published: null } raw && fallbackPublished is { } fallback)
        {
            item = SourceItem.Of(raw with { Published = fallback.Date, PublishedText = fallback.Text });
        }

        return item;
    }
}
