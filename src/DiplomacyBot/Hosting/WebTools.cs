using DiplomacyBot.Core;
using DiplomacyBot.Feeds;
using DiplomacyBot.Feeds.Feeds;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Feeds.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Hosting;

/// <summary>Page fetching and feed handling for one command-line run, configured from section "Feeds".</summary>
public sealed class WebTools : IDisposable
{
    public WebTools(BotContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Options = context.Configuration.BindSection<FeedsOptions>(FeedsOptions.Section);
        if (Options.Failures().ToList() is { Count: > 0 } failures)
        {
            throw new InvalidOperationException(string.Join("; ", failures));
        }

        var extractor = new HtmlArticleExtractor();
        Gate = new IngestGate(context.Ingestion);
        Fetcher = WebFetcherFactory.Create(Options);
        Pages = new WebPageIngestor(Fetcher, extractor, Gate);
        Poller = new FeedPoller(context.Store, Fetcher, Pages, extractor, Gate, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<FeedPoller>.Instance, context.Store);
    }

    public FeedsOptions Options { get; }

    public IngestGate Gate { get; }

    public WebFetcher Fetcher { get; }

    public WebPageIngestor Pages { get; }

    public FeedPoller Poller { get; }

    public void Dispose() => Gate.Dispose();
}
