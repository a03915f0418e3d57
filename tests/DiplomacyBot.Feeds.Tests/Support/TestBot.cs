using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Feeds.Feeds;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Feeds.Web;
using DiplomacyBot.Search;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Feeds.Tests.Support;

/// <summary>
/// The bot's real ingest path over a temp LiteDB file and a real Lucene index, with a fake clock: the parser,
/// the HTML extractor, near-duplicate linking, the web fetcher and the feed poller, as <c>serve</c> wires them.
/// </summary>
public sealed class TestBot : IDisposable
{
    private readonly TempFolder folder = new();

    public TestBot(FeedsOptions? feeds = null, DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2025, 10, 1, 6, 0, 0, TimeSpan.Zero));
        Options = feeds ?? new FeedsOptions { TimeoutSeconds = 20 };
        Store = new LiteDbArticleStore(folder.File("bot.db"));
        Index = new LuceneSentenceIndex(LuceneSentenceIndex.PathFor(folder.File("bot.db")));
        Parser = new ArticleParser(new TemporalTagger(), Clock);
        Extractor = new HtmlArticleExtractor();
        Ingest = new IngestOptions();
        Reader = new ArticleSourceReader(Ingest, Extractor);
        Ingestion = new IngestService(Store, Index, Parser, Reader, Ingest, new NearDuplicateLinker(Store, new NearDuplicateOptions()));
        Gate = new IngestGate(Ingestion);
        Fetcher = WebFetcherFactory.Create(Options);
        Pages = new WebPageIngestor(Fetcher, Extractor, Gate);
        Poller = new FeedPoller(Store, Fetcher, Pages, Extractor, Gate, Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<FeedPoller>.Instance, Store);
    }

    public FakeTimeProvider Clock { get; }

    public FeedsOptions Options { get; }

    public string Folder => folder.Path;

    public LiteDbArticleStore Store { get; }

    public LuceneSentenceIndex Index { get; }

    public ArticleParser Parser { get; }

    public HtmlArticleExtractor Extractor { get; }

    public IngestOptions Ingest { get; }

    public ArticleSourceReader Reader { get; }

    public IngestService Ingestion { get; }

    public IngestGate Gate { get; }

    public WebFetcher Fetcher { get; }

    public WebPageIngestor Pages { get; }

    public FeedPoller Poller { get; }

    public void Dispose()
    {
        Gate.Dispose();
        Index.Dispose();
        Store.Dispose();
        folder.Dispose();
    }
}
