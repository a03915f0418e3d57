using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

/// <summary>
/// What every store provider promises the bot, run against each (<see cref="LiteDbStoreContractTests"/>,
/// <see cref="PostgresStoreContractTests"/>). Each test has a store of its own; <see cref="Open"/> opens it again,
/// as a restarted bot (or another replica) would.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly List<IDisposable> opened = [];

    /// <summary>Opens the test's store (again, on a second call: the same file or database).</summary>
    protected abstract StoreSet OpenStore();

    /// <summary>Whether the provider keeps a change log (<see cref="IArticleStore.ChangedSince"/> answers).</summary>
    protected abstract bool KeepsChangeLog { get; }

    /// <summary>An article the store must refuse to write, failing the batch it is in.</summary>
    protected abstract Article Unstorable(Article article);

    protected StoreSet Open()
    {
        StoreSet set = OpenStore();
        opened.Add(set.Store);
        return set;
    }

    protected IBotStore Store() => Open().Store;

    /// <summary>Closes what the test opened and opens the store again, as a restarted bot would.</summary>
    protected StoreSet Reopen()
    {
        CloseAll();
        return Open();
    }

    private void CloseAll()
    {
        foreach (IDisposable store in opened)
        {
            store.Dispose();
        }

        opened.Clear();
    }

    [SkippableFact]
    public void SavedArticle_ReadsBackWithEveryField()
    {
        Article article = TestArticles.Make("a1", "On February 27, delegations met in Istanbul for the second round of talks. They talked for five hours.", published: new DateOnly(2025, 4, 1))
            with { Url = "https://example.org/a1", Outlet = "Example", IngestedAt = new DateTimeOffset(2025, 4, 2, 8, 30, 15, TimeSpan.Zero), SizeBytes = 321 };
        Store().Save([article]);

        Article back = Reopen().Store.Get("a1")!;

        Assert.Equal((article.Id, article.Source, article.Url, article.Title, article.Outlet, article.ContentHash, article.IngestedAt, article.SizeBytes),
            (back.Id, back.Source, back.Url, back.Title, back.Outlet, back.ContentHash, back.IngestedAt, back.SizeBytes));
        Assert.Equal(article.OriginalText, back.OriginalText);
        Assert.Equal(article.CleanText, back.CleanText);
        Assert.Equal(article.Published.Value, back.Published.Value);
        Assert.Equal(article.Published.Basis, back.Published.Basis);
        Assert.Equal(article.Paragraphs, back.Paragraphs);
        Assert.Equal(article.Sentences.Select(s => (s.Index, s.Start, s.End, s.Paragraph)), back.Sentences.Select(s => (s.Index, s.Start, s.End, s.Paragraph)));
        Assert.Equal(article.Sentences.SelectMany(s => s.Times), back.Sentences.SelectMany(s => s.Times));
        Assert.Contains(back.Sentences[0].Times, t => t.Value == "2025-02-27");
        Assert.NotEmpty(back.Events);
        Assert.Equal(
            article.Events.Select(e => (e.SentenceIndex, e.Kind, e.Ordinal, e.Place, e.DateValue, e.Status, e.SentenceText, string.Join("|", e.Participants))),
            back.Events.Select(e => (e.SentenceIndex, e.Kind, e.Ordinal, e.Place, e.DateValue, e.Status, e.SentenceText, string.Join("|", e.Participants))));
    }

    [SkippableFact]
    public void ConflictingCues_SurviveTheRoundTrip()
    {
        IBotStore store = Store();
        store.Save([TestArticles.Make("a2", "Delegations met.\n\nMENAFN28092025000045017167ID1110120442", published: new DateOnly(2025, 9, 30))]);

        Article back = store.Get("a2")!;

        DateCue conflict = Assert.Single(back.Published.Conflicts);
        Assert.Equal(DateCueKind.ArticleId, conflict.Kind);
        Assert.Equal(new DateOnly(2025, 9, 28), conflict.Date);
        Assert.Equal(2, back.Published.Cues.Count);
    }

    [SkippableFact]
    public void EverySave_RaisesTheGeneration_AndItSurvivesReopening()
    {
        IBotStore store = Store();
        long before = store.Generation;

        long first = store.Save([TestArticles.Make("a", "One.")]);
        long second = store.Save([TestArticles.Make("b", "Two.")]);

        Assert.True(first > before);
        Assert.True(second > first);
        Assert.Equal(second, store.Generation);
        Assert.Equal(second, Reopen().Store.Generation);
    }

    [SkippableFact]
    public void FailingBatch_StoresNothingAndKeepsWhatWasThere()
    {
        IBotStore store = Store();
        store.Save([TestArticles.Make("kept", "Kept.")]);
        long generation = store.Generation;

        Assert.ThrowsAny<Exception>(() => store.Save([TestArticles.Make("new", "New."), Unstorable(TestArticles.Make("broken", "Broken."))]));

        Assert.Null(store.Get("new"));
        Assert.NotNull(store.Get("kept"));
        Assert.Equal(1, store.Count);
        Assert.Equal(generation, store.Generation);
    }

    [SkippableFact]
    public void SavingAnExistingId_ReplacesIt()
    {
        IBotStore store = Store();
        store.Save([TestArticles.Make("a", "Old text.")]);

        store.Save([TestArticles.Make("a", "New text.")]);

        Assert.Equal(1, store.Count);
        Assert.Equal("New text.", store.Get("a")!.OriginalText);
        Assert.Equal(TestArticles.Make("a", "New text.").ContentHash, store.ContentHashes()["a"]);
    }

    [SkippableFact]
    public void All_PagesThroughMoreArticlesThanOnePage_InIdOrder()
    {
        IBotStore store = Store();
        store.Save(Enumerable.Range(0, 1203).Select(i => TestArticles.Make($"id-{i:D5}", $"Article number {i}.")).ToList());

        var ids = store.All().Select(a => a.Id).ToList();

        Assert.Equal(1203, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(1203, store.ContentHashes().Count);
        Assert.Equal(store.ContentHashes().OrderBy(h => h.Key, StringComparer.Ordinal), store.EnumerateContentHashes());
    }

    [SkippableFact]
    public void IsEmpty_IsTrueOnlyBeforeTheFirstArticle()
    {
        IBotStore store = Store();
        Assert.True(store.IsEmpty);
        Assert.Equal(0, store.Count);

        store.Save([TestArticles.Make("a", "Text.")]);

        Assert.False(store.IsEmpty);
    }

    [SkippableFact]
    public void GetMany_ReturnsTheStoredOnes_AndSkipsUnknownIds()
    {
        IBotStore store = Store();
        store.Save([TestArticles.Make("a", "On March 3, talks began in Geneva."), TestArticles.Make("b", "Two."), TestArticles.Make("c", "Three.")]);

        var found = store.GetMany(["c", "missing", "a", "a"]);

        Assert.Equal(["a", "c"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(store.Get("a")!.Sentences.SelectMany(s => s.Times), found["a"].Sentences.SelectMany(s => s.Times));
        Assert.Empty(store.GetMany([]));
        Assert.Null(store.Get("missing"));
    }

    [SkippableFact]
    public void PublishedBetween_ListsDatedArticlesNewestFirst_WithinTheBounds()
    {
        IBotStore store = Store();
        store.Save(
        [
            TestArticles.Make("jan", "January.", published: new DateOnly(2025, 1, 10)),
            TestArticles.Make("feb", "February.", published: new DateOnly(2025, 2, 10)),
            TestArticles.Make("mar", "March.", published: new DateOnly(2025, 3, 10)),
            TestArticles.Make("undated", "Undated."),
        ]);

        Assert.Equal(["mar", "feb", "jan"], store.PublishedBetween(null, null, 10));
        Assert.Equal(["feb"], store.PublishedBetween(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28), 10));
        Assert.Equal(["mar", "feb"], store.PublishedBetween(new DateOnly(2025, 2, 1), null, 10));
        Assert.Equal(["mar"], store.PublishedBetween(null, null, 1));
        Assert.Empty(store.PublishedBetween(null, null, 0));
    }

    [SkippableFact]
    public void ChangedSince_ListsTheArticlesSavedAfterAGeneration()
    {
        IBotStore store = Store();
        long start = store.Generation;
        long first = store.Save([TestArticles.Make("a", "One."), TestArticles.Make("b", "Two.")]);
        store.Save([TestArticles.Make("c", "Three."), TestArticles.Make("a", "One, changed.")]);

        if (!KeepsChangeLog)
        {
            Assert.Null(store.ChangedSince(first));
            return;
        }

        Assert.Equal(["a", "c"], store.ChangedSince(first)!.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "c"], store.ChangedSince(start)!.Order(StringComparer.Ordinal));
        Assert.Empty(store.ChangedSince(store.Generation)!);
    }

    [SkippableFact]
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
        IBotStore store = Store();
        Assert.True(store.AddFeed(feed));
        Assert.False(store.AddFeed(feed with { Title = "again" }));

        IBotStore reopened = Reopen().Store;
        FeedSubscription read = reopened.Feed(feed.Url)!;
        Assert.Equal(feed.SeenItemIds, read.SeenItemIds);
        Assert.Equal(1, read.ItemFailures["https://news.example.com/b.html"]);
        Assert.Equal((feed.Title, feed.ETag, feed.LastModified, feed.NextPollAt, feed.LastPolledAt, feed.ErrorCount, feed.LastError, feed.ItemsIngested),
            (read.Title, read.ETag, read.LastModified, read.NextPollAt, read.LastPolledAt, read.ErrorCount, read.LastError, read.ItemsIngested));

        reopened.UpdateFeed(read with { ErrorCount = 0, LastError = null });
        Assert.Equal(0, reopened.Feed(feed.Url)!.ErrorCount);
        Assert.Single(reopened.Feeds());
        Assert.True(reopened.RemoveFeed(feed.Url));
        Assert.False(reopened.RemoveFeed(feed.Url));
        Assert.Empty(reopened.Feeds());
        Assert.Null(reopened.Feed(feed.Url));
    }

    [SkippableFact]
    public void NearDuplicateRecords_AndLinks_RoundTrip()
    {
        IBotStore store = Store();
        ulong[] signature = Enumerable.Range(0, MinHash.Size).Select(i => ulong.MaxValue - (ulong)i).ToArray();
        store.SaveNearDuplicateRecords(
        [
            new NearDuplicateRecord("orig", signature, "h1", new DateOnly(2025, 10, 2), DateTimeOffset.UnixEpoch),
            new NearDuplicateRecord("copy", null, "h2", null, DateTimeOffset.UnixEpoch.AddDays(1), "orig", 0.91),
        ]);

        var records = store.NearDuplicateRecords().ToDictionary(r => r.ArticleId);

        Assert.Equal(signature, records["orig"].Signature);
        Assert.Equal(signature, store.NearDuplicateSignature("orig"));
        Assert.Null(store.NearDuplicateSignature("copy"));
        Assert.Equal(new DateOnly(2025, 10, 2), records["orig"].Published);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), records["copy"].IngestedAt);
        Assert.Equal(("orig", 0.91, (IReadOnlyList<ulong>?)null), (records["copy"].OriginalId, records["copy"].Similarity, records["copy"].Signature));
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig" }, store.NearDuplicateLinks());

        store.SaveNearDuplicateRecords([new NearDuplicateRecord("copy2", null, "h3", null, DateTimeOffset.UnixEpoch, "orig", 0.8)]);
        Assert.Equal(new Dictionary<string, string> { ["copy"] = "orig", ["copy2"] = "orig" }, store.NearDuplicateLinks());
    }

    [SkippableFact]
    public void NearDuplicateOriginals_ReadOnlyTheAskedLinks_AndSeeRelinksAtOnce()
    {
        IBotStore store = Store();
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

    [SkippableFact]
    public void NearDuplicateRecords_PageThroughMoreRecordsThanOnePage_InIdOrder()
    {
        IBotStore store = Store();
        store.SaveNearDuplicateRecords(Enumerable.Range(0, 2500).Select(i => new NearDuplicateRecord($"id-{i:D5}", null, $"h{i}", null, DateTimeOffset.UnixEpoch)).ToList());

        var ids = store.NearDuplicateRecords().Select(r => r.ArticleId).ToList();

        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"id-{i:D5}"), ids);
    }

    [SkippableFact]
    public void BotState_IsKeyed_AndListedByPrefix()
    {
        IBotStore store = Store();
        store.SetState("watch:/in/a.txt", "10:1");
        store.SetState("watch:/in/b.txt", "20:2");
        store.SetState("digest:last:slack:C1", "2025-10-01T08:00:00.0000000Z");
        store.SetState("watch:/in/a.txt", "11:3");

        store = Reopen().Store;
        Assert.Equal("11:3", store.GetState("watch:/in/a.txt"));
        Assert.Null(store.GetState("missing"));
        Assert.Equal(["watch:/in/a.txt", "watch:/in/b.txt"], store.StateWithPrefix("watch:").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, store.StateWithPrefix(string.Empty).Count);
    }

    [SkippableFact]
    public void SeenEvents_AreFreshOnce_UntilTheyExpire()
    {
        IBotStore store = Store();
        var now = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.True(store.Remember(["event:1", "msg:C1:1.0"], now, now.AddMinutes(15)));
        Assert.False(store.Remember(["event:1"], now.AddMinutes(1), now.AddMinutes(16)));
        Assert.False(store.Remember(["event:2", "msg:C1:1.0"], now.AddMinutes(1), now.AddMinutes(16)));
        Assert.True(store.Remember(["event:1"], now.AddMinutes(20), now.AddMinutes(35)));
    }

    [SkippableFact]
    public void Leases_AreHeldByOneHolder_RenewedByIt_AndTakenOverOnceExpiredOrReleased()
    {
        IBotStore store = Store();
        var now = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
        var minute = TimeSpan.FromMinutes(1);

        Assert.True(store.TryAcquireLease("feed:a", "one", now, minute));
        Assert.False(store.TryAcquireLease("feed:a", "two", now.AddSeconds(30), minute));
        Assert.True(store.TryAcquireLease("feed:b", "two", now, minute));
        Assert.True(store.TryAcquireLease("feed:a", "one", now.AddSeconds(50), minute));
        Assert.False(store.TryAcquireLease("feed:a", "two", now.AddSeconds(90), minute));
        Assert.True(store.TryAcquireLease("feed:a", "two", now.AddSeconds(111), minute));

        store.ReleaseLease("feed:a", "one");
        Assert.False(store.TryAcquireLease("feed:a", "one", now.AddSeconds(112), minute));
        store.ReleaseLease("feed:a", "two");
        Assert.True(store.TryAcquireLease("feed:a", "one", now.AddSeconds(113), minute));
    }

    private static AnswerRecord ChatAnswer(string id, string? thread, string? message, DateTimeOffset at, TimeSpan context, string channel = "C1") => new()
    {
        Id = id,
        Platform = "slack",
        Channel = channel,
        Thread = thread,
        QuestionMessage = message,
        User = "U1",
        Question = "Where did the third round happen?",
        AskedAs = "Where did that happen?",
        Lead = "Istanbul, according to MENAFN (28 Sep 2025).",
        CitedArticleIds = ["a1", "a2"],
        Quotes = [new ChatQuote("Delegations met in Istanbul.", "Talks", "MENAFN", "28 Sep 2025", "https://example.org/a1")],
        More = [new ChatQuote("A third round is planned.", "Plans", "Reuters", "1 Oct 2025", "data/a2.txt")],
        Subject = new ThreadSubject("the third round", "third round", ["Russia", "United States"], ["Istanbul"]),
        Ephemeral = true,
        AnsweredAt = at,
        Expires = at + context,
    };

    [SkippableFact]
    public void ChatAnswers_AreFoundById_ByThread_AndByMessage_UntilTheirContextExpires()
    {
        IBotStore store = Store();
        var now = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
        var hour = TimeSpan.FromHours(1);
        store.SaveAnswer(ChatAnswer("a", "1.0", "1.0", now, hour));
        store.SaveAnswer(ChatAnswer("b", "1.0", "1.5", now.AddMinutes(10), hour));
        store.SaveAnswer(ChatAnswer("c", "1.0", "1.0", now, hour, channel: "C2"));
        store.SaveAnswer(ChatAnswer("d", null, null, now, hour));

        store = Reopen().Store;
        AnswerRecord back = store.Answer("a")!;
        AnswerRecord saved = ChatAnswer("a", "1.0", "1.0", now, hour);
        Assert.Equal(
            (saved.Platform, saved.Channel, saved.Thread, saved.QuestionMessage, saved.User, saved.Question, saved.AskedAs, saved.Lead, saved.Ephemeral, saved.AnsweredAt, saved.Expires),
            (back.Platform, back.Channel, back.Thread, back.QuestionMessage, back.User, back.Question, back.AskedAs, back.Lead, back.Ephemeral, back.AnsweredAt, back.Expires));
        Assert.Equal(saved.CitedArticleIds, back.CitedArticleIds);
        Assert.Equal(saved.Quotes, back.Quotes);
        Assert.Equal(saved.More, back.More);
        Assert.Equal((saved.Subject.Event, saved.Subject.Topic), (back.Subject.Event, back.Subject.Topic));
        Assert.Equal(saved.Subject.People, back.Subject.People);
        Assert.Equal(saved.Subject.Places, back.Subject.Places);
        Assert.Null(store.Answer("missing"));

        Assert.Equal("b", store.LatestInThread("slack", "C1", "1.0", now.AddMinutes(20))!.Id);
        Assert.Equal("c", store.LatestInThread("slack", "C2", "1.0", now.AddMinutes(20))!.Id);
        Assert.Null(store.LatestInThread("discord", "C1", "1.0", now.AddMinutes(20)));
        Assert.Null(store.LatestInThread("slack", "C1", "2.0", now.AddMinutes(20)));
        Assert.Equal("a", store.AnswerToMessage("slack", "C1", "1.0", now.AddMinutes(20))!.Id);
        Assert.Equal("b", store.AnswerToMessage("slack", "C1", "1.5", now.AddMinutes(20))!.Id);

        Assert.Equal("b", store.LatestInThread("slack", "C1", "1.0", now.AddMinutes(65))!.Id);
        Assert.Null(store.AnswerToMessage("slack", "C1", "1.0", now.AddMinutes(65)));
        Assert.Null(store.LatestInThread("slack", "C1", "1.0", now.AddMinutes(71)));
        Assert.NotNull(store.Answer("b"));
    }

    [SkippableFact]
    public void ChatAnswers_AreFoundByTheMessagesTheyWerePostedAs_UntilTheirContextExpires()
    {
        IBotStore store = Store();
        var now = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
        var hour = TimeSpan.FromHours(1);
        store.SaveAnswer(ChatAnswer("a", "1.0", "1.0", now, hour));
        store.SaveAnswer(ChatAnswer("b", "2.0", "2.0", now, hour) with { PostedMessages = ["2.1"] });

        store.SavePosted("a", ["1.1", "1.2"]);
        store.SavePosted("a", ["1.2", "1.3"]);
        store.SavePosted("missing", ["9.9"]);

        store = Reopen().Store;
        Assert.Equal(["1.1", "1.2", "1.3"], store.Answer("a")!.PostedMessages);
        Assert.Equal("a", store.AnswerPostedAs("slack", "1.2", now.AddMinutes(5))!.Id);
        Assert.Equal("a", store.AnswerPostedAs("slack", "1.3", now.AddMinutes(5))!.Id);
        Assert.Equal("b", store.AnswerPostedAs("slack", "2.1", now.AddMinutes(5))!.Id);
        Assert.Null(store.AnswerPostedAs("discord", "1.2", now.AddMinutes(5)));
        Assert.Null(store.AnswerPostedAs("slack", "1.0", now.AddMinutes(5)));
        Assert.Null(store.AnswerPostedAs("slack", "9.9", now.AddMinutes(5)));
        Assert.Null(store.Answer("missing"));
        Assert.Null(store.AnswerPostedAs("slack", "1.2", now.AddMinutes(61)));

        // Sharing or re-saving an answer keeps what it was posted as.
        store.SaveAnswer(store.Answer("a")! with { Ephemeral = false });
        Assert.Equal("a", store.AnswerPostedAs("slack", "1.1", now.AddMinutes(5))!.Id);
    }

    [SkippableFact]
    public void ChatAnswers_LongExpired_AreDroppedAsNewOnesArrive()
    {
        IBotStore store = Store();
        var now = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
        store.SaveAnswer(ChatAnswer("old", "1.0", "1.0", now, TimeSpan.FromHours(1)));

        store.SaveAnswer(ChatAnswer("new", "2.0", "2.0", now + IConversationStore.AnswerRetention + TimeSpan.FromDays(1), TimeSpan.FromHours(1)));

        Assert.Null(store.Answer("old"));
        Assert.NotNull(store.Answer("new"));
    }

    [SkippableFact]
    public void ChatFeedback_IsOneRecordPerUserAndAnswer_ListedNewestFirst()
    {
        IBotStore store = Store();
        var now = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
        FeedbackRecord Rating(string answer, string user, FeedbackRating rating, int minutes) =>
            new(answer, "slack", "C1", "1.0", user, "When is the third round?", "Autumn 2025.", ["a1", "a2"], rating, now.AddMinutes(minutes));

        Assert.True(store.SaveFeedback(Rating("a", "U1", FeedbackRating.Helpful, 0)));
        Assert.True(store.SaveFeedback(Rating("a", "U2", FeedbackRating.NotHelpful, 1)));
        Assert.True(store.SaveFeedback(Rating("b", "U1", FeedbackRating.Helpful, 2)));
        Assert.False(store.SaveFeedback(Rating("a", "U1", FeedbackRating.NotHelpful, 3)));

        store = Reopen().Store;
        var all = store.Feedback(null);
        Assert.Equal([("a", "U1"), ("b", "U1"), ("a", "U2")], all.Select(f => (f.AnswerId, f.User)));
        FeedbackRecord updated = all[0];
        Assert.Equal((FeedbackRating.NotHelpful, now.AddMinutes(3), "slack", "C1", "1.0", "When is the third round?", "Autumn 2025."),
            (updated.Rating, updated.At, updated.Platform, updated.Channel, updated.Thread, updated.Question, updated.Answer));
        Assert.Equal(["a1", "a2"], updated.CitedArticleIds);
        Assert.Equal([("a", "U1"), ("b", "U1")], store.Feedback(now.AddMinutes(2)).Select(f => (f.AnswerId, f.User)));
    }

    [SkippableFact]
    public void Vectors_AreStoredPerModel_Counted_Versioned_AndRemoved()
    {
        IEmbeddingStore vectors = Open().Embeddings;
        ArticleVectors a = ArticleVectors.Quantize("a", "m1", "ha", [[1f, 0f, 0f], [0f, 1f, 0f]]);
        ArticleVectors b = ArticleVectors.Quantize("b", "m1", "hb", [[0f, 0f, 1f]]);
        ArticleVectors other = ArticleVectors.Quantize("a", "m2", "ha", [[0.6f, 0.8f]]);
        Assert.Equal(0, vectors.Version("m1"));

        vectors.Save([a, b, other]);
        long saved = vectors.Version("m1");

        IEmbeddingStore reopened = Reopen().Embeddings;
        Assert.Equal(3, reopened.Count("m1"));
        Assert.Equal(1, reopened.Count("m2"));
        Assert.Equal(["m1", "m2"], reopened.Models());
        Assert.True(saved > 0);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "ha", ["b"] = "hb" }, reopened.ContentHashes("m1"));
        ArticleVectors back = reopened.Get("m1", "a")!;
        Assert.Equal((a.Dimensions, a.ContentHash), (back.Dimensions, back.ContentHash));
        Assert.Equal(a.Values, back.Values);
        Assert.Equal(a.Scales, back.Scales);
        Assert.Equal(["a", "b"], reopened.All("m1").Select(v => v.ArticleId));
        Assert.Null(reopened.Get("m2", "b"));

        reopened.Save([ArticleVectors.Quantize("a", "m1", "ha2", [[1f, 0f, 0f]])]);
        Assert.Equal(2, reopened.Count("m1"));
        Assert.True(reopened.Version("m1") > saved);

        Assert.Equal(1, reopened.Remove("m1", ["b", "missing"]));
        Assert.Equal(1, reopened.Count("m1"));
        Assert.Equal(["a"], reopened.All("m1").Select(v => v.ArticleId));
        Assert.Equal(0, reopened.Remove("m1", []));
    }

    [SkippableFact]
    public void VectorsChangedSince_ListsWhatWasSavedAndRemovedAfterAVersion()
    {
        IEmbeddingStore vectors = Open().Embeddings;
        vectors.Save([ArticleVectors.Quantize("a", "m", "ha", [[1f, 0f]]), ArticleVectors.Quantize("b", "m", "hb", [[0f, 1f]])]);
        long saved = vectors.Version("m");
        vectors.Save([ArticleVectors.Quantize("c", "m", "hc", [[1f, 0f]])]);
        vectors.Remove("m", ["a"]);

        VectorChanges? changes = vectors.ChangedSince("m", saved);

        if (!KeepsChangeLog)
        {
            Assert.Null(changes);
            return;
        }

        Assert.Equal(["c"], changes!.Saved);
        Assert.Equal(["a"], changes.Removed);
        vectors.Save([ArticleVectors.Quantize("a", "m", "ha2", [[1f, 0f]])]);
        Assert.Equal(["a", "c"], vectors.ChangedSince("m", saved)!.Saved.Order(StringComparer.Ordinal));
        Assert.Empty(vectors.ChangedSince("m", vectors.Version("m"))!.Saved);
    }

    public void Dispose()
    {
        CloseAll();
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
