using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

public sealed class LiteDbArticleStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void ARereadArticle_ComesFromTheCache_AndASavedNewVersionReplacesIt()
    {
        // Room for two of these articles, not three.
        long room = (2 * LiteDbArticleStore.CacheSizeOf(TestArticles.Make("a", "Second version."))) + 64;
        using var store = new LiteDbArticleStore(_temp.File("s.db"), cacheBytes: room);
        store.Save([TestArticles.Make("a", "First version."), TestArticles.Make("b", "Two."), TestArticles.Make("c", "Three.")]);

        Article first = store.Get("a")!;
        Assert.Same(first, store.Get("a"));

        store.Save([TestArticles.Make("a", "Second version.")]);
        Article second = store.Get("a")!;
        Assert.Equal("Second version.", second.OriginalText);

        _ = store.Get("b");
        _ = store.Get("c");
        Assert.NotSame(second, store.Get("a"));
        Assert.Equal("Second version.", store.Get("a")!.OriginalText);
    }

    [Fact]
    public void InSharedMode_NothingIsCached_BecauseAnotherProcessMayWrite()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"), shared: true);
        store.Save([TestArticles.Make("a", "One.")]);

        Assert.NotSame(store.Get("a"), store.Get("a"));
    }

    [Fact]
    public void GetMany_UsesAndFillsTheCache()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"), cacheBytes: 1024 * 1024);
        store.Save([TestArticles.Make("a", "One."), TestArticles.Make("b", "Two.")]);
        Article cached = store.Get("a")!;

        var found = store.GetMany(["a", "b"]);

        Assert.Same(cached, found["a"]);
        Assert.Same(found["b"], store.Get("b"));
    }

    [Fact]
    public void TheNearDuplicateLinkIndex_ExistsFromTheStart()
    {
        string path = _temp.File("s.db");
        using (var store = new LiteDbArticleStore(path))
        {
            Assert.False(store.HasNearDuplicateLinks());
        }

        using var db = new LiteDB.LiteDatabase(path);
        Assert.True(db.GetCollection("$indexes").Exists(LiteDB.Query.And(LiteDB.Query.EQ("collection", "near_duplicates"), LiteDB.Query.EQ("name", "original"))));
    }

    [Fact]
    public void NearDuplicateLinks_AreKeptBetweenSearches_AndSavingNewOnesIsSeenAtOnce()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        store.SaveNearDuplicateRecords([new NearDuplicateRecord("copy", null, "h2", null, DateTimeOffset.UnixEpoch, "orig", 0.91)]);

        Assert.Same(store.NearDuplicateLinks(), store.NearDuplicateLinks());
        store.SaveNearDuplicateRecords([new NearDuplicateRecord("copy2", null, "h3", null, DateTimeOffset.UnixEpoch, "orig", 0.8)]);
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig", ["copy2"] = "orig" }, store.NearDuplicateLinks());
    }

    [Fact]
    public void SavingABatchAsNew_WhenOneOfItsArticlesIsStoredAfterAll_ReplacesItInOneGeneration()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        store.Save([TestArticles.Make("a", "First version.")]);
        long before = store.Generation;

        long saved = store.Save([TestArticles.Make("b", "Two."), TestArticles.Make("a", "Second version.")], new HashSet<string>());

        Assert.Equal(before + 1, saved);
        Assert.Equal("Second version.", store.Get("a")!.OriginalText);
        Assert.Equal("Two.", store.Get("b")!.OriginalText);
        Assert.Equal(2, store.ContentHashes().Count);
    }

    [Fact]
    public void SavingNewArticlesWithTheirNearDuplicateRecords_StoresBoth()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        Article copy = TestArticles.Make("copy", "Same words.");
        var changes = new NearDuplicateChanges([new NearDuplicateRecord("copy", null, copy.ContentHash, null, DateTimeOffset.UnixEpoch, "orig", 0.9)], [], []);

        store.SaveWithArticles(store, [copy], changes, new HashSet<string>());

        Assert.Equal("Same words.", store.Get("copy")!.OriginalText);
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig" }, store.NearDuplicateLinks());
    }

    public void Dispose() => _temp.Dispose();
}
