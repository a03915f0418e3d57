using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Feeds.Feeds;
using DiplomacyBot.Feeds.Tests.Support;
using DiplomacyBot.Feeds.Web;
using DiplomacyBot.Testing;
using Microsoft.AspNetCore.Http;

namespace DiplomacyBot.Feeds.Tests;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private LocalWebServer server = null!;
    private readonly TestBot bot = new(new FeedsOptions { TimeoutSeconds = 20, PollMinutes = 30, MaxBackoffMinutes = 240, MaxItemAttempts = 2 });

    public async Task InitializeAsync() => server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        bot.Dispose();
    }

    private string Story(string title, string place) => Pages.Article(
        title: title,
        head: "<meta property=\"article:published_time\" content=\"2025-09-28T09:00:00Z\">",
        body: $"<p>{place} - Officials from both governments held a round of talks on {title.ToLowerInvariant()} this week, a spokesman for the foreign ministry said on Sunday.</p>" +
              $"<p>The meeting in {place} covered consular staffing, visa rules and the property of both missions, and further sessions are planned for later in the year.</p>" +
              $"<p>Delegates in {place} said the discussion on {title.ToLowerInvariant()} was detailed and that written proposals would be exchanged before the next meeting.</p>");

    private void ServeFeed(params (string Id, string Path, string Title)[] items) =>
        server.MapText("/feed.xml", Pages.Rss("Diplomacy wire", items.Select(i => (i.Id, server.Url(i.Path).ToString(), i.Title, "Sun, 28 Sep 2025 10:00:00 GMT", (string?)null)).ToArray()),
            "application/rss+xml; charset=utf-8", etag: $"\"{items.Length}\"");

    [Fact]
    public async Task Poll_IngestsNewItems_ThenUsesConditionalGet_AndNeverIngestsAnItemTwice()
    {
        server.MapText("/a", Story("Embassy staffing", "Geneva"));
        server.MapText("/b", Story("Visa rules", "Vienna"));
        ServeFeed(("item-a", "/a", "Embassy staffing"), ("item-b", "/b", "Visa rules"));
        FeedSubscription added = await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);
        Assert.Equal("Diplomacy wire", added.Title);

        var first = await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        Assert.Equal(2, Assert.Single(first).Ingested);
        Assert.Equal(2, bot.Store.Count);
        Article article = bot.Store.All().First(a => a.Title == "Embassy staffing");
        Assert.Equal(server.Url("/a").ToString(), article.Source);
        Assert.Equal(DateBasis.Metadata, article.Published.Basis);

        Assert.Empty(await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None));
        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        var second = await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        Assert.True(Assert.Single(second).NotModified);
        Assert.Equal("\"2\"", server.Requests[^1].IfNoneMatch);

        server.MapText("/c", Story("Diplomatic property", "Istanbul"));
        ServeFeed(("item-a", "/a", "Embassy staffing"), ("item-b", "/b", "Visa rules"), ("item-c", "/c", "Diplomatic property"));
        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        var third = await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);

        Assert.Equal((1, 1), (third[0].NewItems, third[0].Ingested));
        Assert.Equal(1, server.Hits("/a"));
        Assert.Equal(3, bot.Store.Count);
        FeedSubscription state = bot.Store.Feed(added.Url)!;
        Assert.Equal(["item-a", "item-b", "item-c"], state.SeenItemIds);
        Assert.Equal(3, state.ItemsIngested);
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromMinutes(30), state.NextPollAt);
    }

    [Fact]
    public async Task Poll_AFeedAnotherReplicaIsPolling_IsLeftToIt_UntilItsLeaseExpires()
    {
        server.MapText("/a", Story("Embassy staffing", "Geneva"));
        ServeFeed(("item-a", "/a", "Embassy staffing"));
        FeedSubscription added = await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);
        Assert.True(bot.Store.TryAcquireLease("feed:" + added.Url, "another-replica", bot.Clock.GetUtcNow(), FeedPoller.LeaseTime));

        Assert.Empty(await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None));
        Assert.Equal(0, bot.Store.Count);

        bot.Clock.Advance(FeedPoller.LeaseTime + TimeSpan.FromMinutes(1));
        Assert.Equal(1, Assert.Single(await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None)).Ingested);
        Assert.Equal(1, bot.Store.Count);
        Assert.True(bot.Store.TryAcquireLease("feed:" + added.Url, "another-replica", bot.Clock.GetUtcNow(), FeedPoller.LeaseTime));
    }

    [Fact]
    public async Task Poll_FeedErrors_BackOffExponentially_AndRecoverOnSuccess()
    {
        ServeFeed();
        FeedSubscription feed = await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);
        server.MapStatus("/feed.xml", StatusCodes.Status500InternalServerError);

        await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        FeedSubscription once = bot.Store.Feed(feed.Url)!;
        Assert.Equal(1, once.ErrorCount);
        Assert.Equal($"{feed.Url}: HTTP 500 Internal Server Error", once.LastError);
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromMinutes(60), once.NextPollAt);

        bot.Clock.Advance(TimeSpan.FromMinutes(61));
        await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromMinutes(120), bot.Store.Feed(feed.Url)!.NextPollAt);

        server.MapText("/feed.xml", "<rss version=\"2.0\"><channel><title>Broken<item></channel>", "application/rss+xml");
        bot.Clock.Advance(TimeSpan.FromMinutes(121));
        await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        FeedSubscription malformed = bot.Store.Feed(feed.Url)!;
        Assert.Equal(3, malformed.ErrorCount);
        Assert.Contains("not a well-formed feed (XML error at line 1", malformed.LastError, StringComparison.Ordinal);
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromMinutes(240), malformed.NextPollAt);

        ServeFeed();
        bot.Clock.Advance(TimeSpan.FromMinutes(241));
        await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        FeedSubscription recovered = bot.Store.Feed(feed.Url)!;
        Assert.Equal((0, null), (recovered.ErrorCount, recovered.LastError));
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromMinutes(30), recovered.NextPollAt);
    }

    [Fact]
    public async Task Poll_AnItemWhosePageFails_IsRetried_ThenGivenUp()
    {
        server.MapStatus("/missing", StatusCodes.Status404NotFound);
        server.MapText("/ok", Story("Embassy staffing", "Geneva"));
        ServeFeed(("item-missing", "/missing", "Missing"), ("item-ok", "/ok", "Embassy staffing"));
        FeedSubscription feed = await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);

        var first = await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);
        Assert.Equal((1, 1), (first[0].Ingested, first[0].Failed));
        Assert.Equal(1, bot.Store.Feed(feed.Url)!.ItemFailures["item-missing"]);

        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        await bot.Poller.PollAsync(bot.Store.Feed(feed.Url)! with { ETag = null }, CancellationToken.None);
        FeedSubscription after = bot.Store.Feed(feed.Url)!;
        Assert.Contains("item-missing", after.SeenItemIds);
        Assert.Empty(after.ItemFailures);
        Assert.Equal(2, server.Hits("/missing"));
        Assert.Equal(1, bot.Store.Count);
    }

    [Fact]
    public async Task Poll_WhenTheItemPageFails_IngestsTheContentTheFeedCarries()
    {
        server.MapStatus("/down", StatusCodes.Status503ServiceUnavailable);
        string content = "<p>GENEVA - Officials from both governments held a round of talks on embassy staffing this week, a spokesman said on Sunday.</p>" +
            "<p>The meeting covered consular staffing, visa rules and the property of both missions, and more sessions are planned later in the year.</p>";
        server.MapText("/feed.xml", Pages.Rss("Wire", ("inline-1", server.Url("/down").ToString(), "Talks on embassy staffing", "Sun, 28 Sep 2025 10:00:00 GMT", content)), "application/rss+xml");
        await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);

        var result = await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);

        Assert.Equal(1, result[0].Ingested);
        Article article = Assert.Single(bot.Store.All());
        Assert.Equal("Talks on embassy staffing", article.Title);
        Assert.Equal(new DateOnly(2025, 9, 28), article.Published.Value);
        Assert.Contains("consular staffing", article.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ReadsAtomFeedsToo()
    {
        server.MapText("/a", Story("Embassy staffing", "Geneva"));
        server.MapText("/atom", Pages.Atom("Atom wire", ("urn:a", server.Url("/a").ToString(), "Embassy staffing", "2025-09-28T10:00:00Z")), "application/atom+xml");
        await bot.Poller.AddAsync(server.Url("/atom").ToString(), CancellationToken.None);

        var result = await bot.Poller.PollDueAsync(cancellationToken: CancellationToken.None);

        Assert.Equal(1, result[0].Ingested);
    }

    [Fact]
    public async Task Add_RefusesWhatIsNotAFeed_AndDuplicates_WithTheUrlInTheError()
    {
        server.MapText("/page", Pages.Article());
        ServeFeed();

        var notFeed = await Assert.ThrowsAsync<FetchException>(() => bot.Poller.AddAsync(server.Url("/page").ToString(), CancellationToken.None));
        var notUrl = await Assert.ThrowsAsync<FetchException>(() => bot.Poller.AddAsync("ftp://example.test/feed", CancellationToken.None));
        await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);
        var twice = await Assert.ThrowsAsync<FetchException>(() => bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None));

        Assert.StartsWith(server.Url("/page").ToString(), notFeed.Message, StringComparison.Ordinal);
        Assert.Contains("not an http(s) URL", notUrl.Message, StringComparison.Ordinal);
        Assert.EndsWith("already subscribed", twice.Message, StringComparison.Ordinal);
        Assert.Single(bot.Store.Feeds());
        Assert.True(bot.Poller.Remove(server.Url("/feed.xml").ToString()));
        Assert.Empty(bot.Store.Feeds());
    }

    [Fact]
    public async Task PollingService_PollsOnTheFakeClock_WithoutWaitingForRealTime()
    {
        ServeFeed();
        await bot.Poller.AddAsync(server.Url("/feed.xml").ToString(), CancellationToken.None);
        var service = new FeedPollingService(bot.Poller, bot.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<FeedPollingService>.Instance);

        await service.StartAsync(CancellationToken.None);
        try
        {
            await Eventually(() => server.Hits("/feed.xml") == 2 && bot.Store.Feed(server.Url("/feed.xml").ToString())!.LastPolledAt is not null);
            DateTimeOffset polled = bot.Clock.GetUtcNow();
            await bot.Clock.AdvanceUntilAsync(TimeSpan.FromMinutes(1), () => server.Hits("/feed.xml") >= 3);
            Assert.True(bot.Clock.GetUtcNow() - polled >= TimeSpan.FromMinutes(30));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal("\"0\"", server.Requests[^1].IfNoneMatch);
    }

    /// <summary>Waits for background work to reach a state (not for a schedule: the clock is fake).</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
