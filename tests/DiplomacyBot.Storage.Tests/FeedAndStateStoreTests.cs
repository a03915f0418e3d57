using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Feeds;

namespace DiplomacyBot.Storage.Tests;

public sealed class FeedAndStateStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Feeds_StateSurvivesReopening_IncludingItemIdsThatLookLikeUrls()
    {
        var at = new DateTimeOffset(2025, 10, 1, 6, 30, 0, TimeSpan.Zero);
        var feed = new FeedSubscription
        {
            Url = "https://news.example.com/rss.xml",
            Title = "Example",
            AddedAt = at,
            ETag = "W/\"abc\"",
            LastModified = "Wed, 01 Oct 2025 06:00:00 GMT",
            LastPolledAt = at,
            NextPollAt = at.AddMinutes(30),
            ErrorCount = 2,
            LastError = "https://news.example.com/rss.xml: HTTP 500 Internal Server Error",
            SeenItemIds = ["https://news.example.com/a.html?x=1", "$weird.id"],
            ItemFailures = new Dictionary<string, int> { ["https://news.example.com/b.html"] = 1 },
            ItemsIngested = 7,
        };
        using (var store = new LiteDbArticleStore(folder.File("a.db")))
        {
            Assert.True(store.AddFeed(feed));
            Assert.False(store.AddFeed(feed with { Title = "again" }));
        }

        using (var store = new LiteDbArticleStore(folder.File("a.db")))
        {
            FeedSubscription read = store.Feed(feed.Url)!;
            Assert.Equal(feed.SeenItemIds, read.SeenItemIds);
            Assert.Equal(1, read.ItemFailures["https://news.example.com/b.html"]);
            Assert.Equal((feed.ETag, feed.LastModified, feed.NextPollAt, feed.LastPolledAt, feed.ErrorCount, feed.LastError, feed.ItemsIngested),
                (read.ETag, read.LastModified, read.NextPollAt, read.LastPolledAt, read.ErrorCount, read.LastError, read.ItemsIngested));

            store.UpdateFeed(read with { ErrorCount = 0, LastError = null });
            Assert.Equal(0, store.Feed(feed.Url)!.ErrorCount);
            Assert.True(store.RemoveFeed(feed.Url));
            Assert.Empty(store.Feeds());
        }
    }

    [Fact]
    public void NearDuplicateRecords_AndLinks_RoundTrip()
    {
        using var store = new LiteDbArticleStore(folder.File("b.db"));
        ulong[] signature = Enumerable.Range(0, MinHash.Size).Select(i => ulong.MaxValue - (ulong)i).ToArray();
        store.SaveNearDuplicateRecords(
        [
            new NearDuplicateRecord("orig", signature, "h1", new DateOnly(2025, 10, 2), DateTimeOffset.UnixEpoch),
            new NearDuplicateRecord("copy", null, "h2", null, DateTimeOffset.UnixEpoch.AddDays(1), "orig", 0.91),
        ]);

        var records = store.NearDuplicateRecords().ToDictionary(r => r.ArticleId);

        Assert.Equal(signature, records["orig"].Signature);
        Assert.Equal(new DateOnly(2025, 10, 2), records["orig"].Published);
        Assert.Equal(("orig", 0.91, (IReadOnlyList<ulong>?)null), (records["copy"].OriginalId, records["copy"].Similarity, records["copy"].Signature));
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig" }, store.NearDuplicateLinks());

        // The links are kept between searches, and saving new ones is seen at once.
        Assert.Same(store.NearDuplicateLinks(), store.NearDuplicateLinks());
        store.SaveNearDuplicateRecords([new NearDuplicateRecord("copy2", null, "h3", null, DateTimeOffset.UnixEpoch, "orig", 0.8)]);
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig", ["copy2"] = "orig" }, store.NearDuplicateLinks());
    }

    [Fact]
    public void NearDuplicateOriginals_ReadOnlyTheAskedLinks_AndSeeRelinksAtOnce()
    {
        using var store = new LiteDbArticleStore(folder.File("d.db"));
        Assert.False(store.HasNearDuplicateLinks());
        store.SaveNearDuplicateRecords(
        [
            new NearDuplicateRecord("orig", null, "h1", new DateOnly(2025, 10, 2), DateTimeOffset.UnixEpoch),
            new NearDuplicateRecord("copy", null, "h2", new DateOnly(2025, 10, 3), DateTimeOffset.UnixEpoch, "orig", 0.91),
            new NearDuplicateRecord("alone", null, "h3", null, DateTimeOffset.UnixEpoch),
        ]);

        Assert.True(store.HasNearDuplicateLinks());
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig" }, store.NearDuplicateOriginals(["copy", "orig", "alone", "unknown"]));
        Assert.Empty(store.NearDuplicateOriginals(["alone"]));

        store.SaveNearDuplicateRecords([], [new NearDuplicateRelink("orig", "copy", 0.91), new NearDuplicateRelink("copy", null, 0)]);

        Assert.Equal(new Dictionary<string, string> { ["orig"] = "copy" }, store.NearDuplicateOriginals(["copy", "orig"]));
        NearDuplicateRecord relinked = store.NearDuplicateRecords().Single(r => r.ArticleId == "orig");
        Assert.Equal(("copy", 0.91, "h1", new DateOnly(2025, 10, 2)), (relinked.OriginalId, relinked.Similarity, relinked.ContentHash, relinked.Published));

        store.SaveNearDuplicateRecords([], [new NearDuplicateRelink("orig", null, 0)]);
        Assert.False(store.HasNearDuplicateLinks());
    }

    [Fact]
    public void NearDuplicateRecords_PageThroughMoreRecordsThanOnePage_InIdOrder()
    {
        using var store = new LiteDbArticleStore(folder.File("e.db"));
        store.SaveNearDuplicateRecords(Enumerable.Range(0, 2500).Select(i => new NearDuplicateRecord($"id-{i:D5}", null, $"h{i}", null, DateTimeOffset.UnixEpoch)).ToList());

        var ids = store.NearDuplicateRecords().Select(r => r.ArticleId).ToList();

        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"id-{i:D5}"), ids);
    }

    [Fact]
    public void BotState_IsKeyed_AndListedByPrefix()
    {
        using var store = new LiteDbArticleStore(folder.File("c.db"));
        store.SetState("watch:/in/a.txt", "10:1");
        store.SetState("watch:/in/b.txt", "20:2");
        store.SetState("digest:last:slack:C1", "2025-10-01T08:00:00.0000000Z");
        store.SetState("watch:/in/a.txt", "11:3");

        Assert.Equal("11:3", store.GetState("watch:/in/a.txt"));
        Assert.Null(store.GetState("missing"));
        Assert.Equal(["watch:/in/a.txt", "watch:/in/b.txt"], store.StateWithPrefix("watch:").Keys.Order());
    }
}
