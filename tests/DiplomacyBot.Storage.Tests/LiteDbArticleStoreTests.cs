using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Storage.Tests;

public sealed class LiteDbArticleStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void SavedArticle_ReadsBackWithEveryField()
    {
        Article article = TestArticles.Make("a1", "On February 27, delegations met in Istanbul. They talked for five hours.", published: new DateOnly(2025, 4, 1));
        using (var store = new LiteDbArticleStore(_temp.File("s.db")))
        {
            store.Save([article]);
        }

        using var reopened = new LiteDbArticleStore(_temp.File("s.db"));
        Article back = reopened.Get("a1")!;

        Assert.Equal(article.Title, back.Title);
        Assert.Equal(article.OriginalText, back.OriginalText);
        Assert.Equal(article.CleanText, back.CleanText);
        Assert.Equal(article.ContentHash, back.ContentHash);
        Assert.Equal(article.Published.Value, back.Published.Value);
        Assert.Equal(article.Published.Basis, back.Published.Basis);
        Assert.Equal(article.Paragraphs, back.Paragraphs);
        Assert.Equal(article.Sentences.Select(s => (s.Start, s.End, s.Paragraph)), back.Sentences.Select(s => (s.Start, s.End, s.Paragraph)));
        Assert.Equal(article.Sentences.SelectMany(s => s.Times), back.Sentences.SelectMany(s => s.Times));
        Assert.Contains(back.Sentences[0].Times, t => t.Value == "2025-02-27");
    }

    [Fact]
    public void ConflictingCues_SurviveTheRoundTrip()
    {
        Article article = TestArticles.Make("a2", "Delegations met.\n\nMENAFN28092025000045017167ID1110120442", published: new DateOnly(2025, 9, 30));
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        store.Save([article]);

        Article back = store.Get("a2")!;

        DateCue conflict = Assert.Single(back.Published.Conflicts);
        Assert.Equal(DateCueKind.ArticleId, conflict.Kind);
        Assert.Equal(new DateOnly(2025, 9, 28), conflict.Date);
        Assert.Equal(2, back.Published.Cues.Count);
    }

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
    public void EverySave_RaisesTheGeneration()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        long before = store.Generation;

        long first = store.Save([TestArticles.Make("a", "One.")]);
        long second = store.Save([TestArticles.Make("b", "Two.")]);

        Assert.Equal(before + 1, first);
        Assert.Equal(first + 1, second);
        Assert.Equal(second, store.Generation);
    }

    [Fact]
    public void FailingBatch_StoresNothingAndKeepsWhatWasThere()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        store.Save([TestArticles.Make("kept", "Kept.")]);
        long generation = store.Generation;
        Article broken = TestArticles.Make("broken", "Broken.") with { Sentences = null! };

        Assert.ThrowsAny<Exception>(() => store.Save([TestArticles.Make("new", "New."), broken]));

        Assert.Null(store.Get("new"));
        Assert.NotNull(store.Get("kept"));
        Assert.Equal(1, store.Count);
        Assert.Equal(generation, store.Generation);
    }

    [Fact]
    public void SavingAnExistingId_ReplacesIt()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        store.Save([TestArticles.Make("a", "Old text.")]);

        store.Save([TestArticles.Make("a", "New text.")]);

        Assert.Equal(1, store.Count);
        Assert.Equal("New text.", store.Get("a")!.OriginalText);
    }

    [Fact]
    public void All_PagesThroughMoreArticlesThanOnePage()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        store.Save(Enumerable.Range(0, 1203).Select(i => TestArticles.Make($"id-{i:D5}", $"Article number {i}.")).ToList());

        var ids = store.All().Select(a => a.Id).ToList();

        Assert.Equal(1203, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(1203, store.ContentHashes().Count);
        Assert.Equal(store.ContentHashes().OrderBy(h => h.Key, StringComparer.Ordinal), store.EnumerateContentHashes());
    }

    [Fact]
    public void IsEmpty_IsTrueOnlyBeforeTheFirstArticle()
    {
        using var store = new LiteDbArticleStore(_temp.File("empty.db"));
        Assert.True(store.IsEmpty);

        store.Save([TestArticles.Make("a", "Text.")]);

        Assert.False(store.IsEmpty);
    }

    [Fact]
    public void GetMany_ReturnsTheStoredOnes_DecodedAsGetDoes_AndSkipsUnknownIds()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"), cacheBytes: 0);
        store.Save([TestArticles.Make("a", "On March 3, talks began in Geneva."), TestArticles.Make("b", "Two."), TestArticles.Make("c", "Three.")]);

        var found = store.GetMany(["c", "missing", "a", "a"]);

        Assert.Equal(["a", "c"], found.Keys.Order());
        foreach (string id in found.Keys)
        {
            Article one = store.Get(id)!;
            Assert.Equal(one.OriginalText, found[id].OriginalText);
            Assert.Equal(one.Sentences.SelectMany(s => s.Times), found[id].Sentences.SelectMany(s => s.Times));
            Assert.Equal(one.Published.Value, found[id].Published.Value);
        }

        Assert.Empty(store.GetMany([]));
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

    public void Dispose() => _temp.Dispose();
}
