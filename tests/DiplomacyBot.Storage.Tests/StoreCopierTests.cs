using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Storage.Postgres;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

/// <summary><c>migrate-store</c>'s copy of a LiteDB file into PostgreSQL: everything arrives, and a second run adds nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreCopierTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder temp = new();

    [SkippableFact]
    public void Copy_BringsEverything_AndASecondRunDuplicatesNothing()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        StoreSet from = LiteDbStorage.Open(temp.File("old.db"));
        StoreSet to = PostgresStorage.Open(cluster.NewSchema());
        using (from.Store)
        using (to.Store)
        {
            from.Store.Save([TestArticles.Make("a", "On March 3, talks began in Geneva."), TestArticles.Make("b", "Two."), TestArticles.Make("c", "Three.")]);
            from.Store.SaveNearDuplicateRecords(
            [
                new NearDuplicateRecord("a", [1UL, 2UL, ulong.MaxValue], "ha", null, DateTimeOffset.UnixEpoch),
                new NearDuplicateRecord("b", null, "hb", null, DateTimeOffset.UnixEpoch, "a", 0.9),
            ]);
            from.Embeddings.Save([ArticleVectors.Quantize("a", "m", "ha", [[1f, 0f], [0f, 1f]]), ArticleVectors.Quantize("b", "m", "hb", [[0.6f, 0.8f]])]);
            from.Store.AddFeed(new FeedSubscription { Url = "https://example.org/rss", Title = "Example", ItemsIngested = 4, SeenItemIds = ["x"] });
            from.Store.SetState("digest:last:slack:C1", "2025-10-01T08:00:00.0000000Z");
            from.Store.SetState("watch:/in/a.txt", "10:1");
            var at = new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
            var answer = new AnswerRecord
            {
                Id = "ans1", Platform = "slack", Channel = "C1", Thread = "1.0", User = "U1", Question = "Where were the talks?",
                Lead = "Geneva.", CitedArticleIds = ["a"], Subject = new ThreadSubject("the talks", "talks", [], ["Geneva"]),
                AnsweredAt = at, Expires = at.AddHours(24),
            };
            from.Store.SaveAnswer(answer);
            from.Store.SaveFeedback(new FeedbackRecord("ans1", "slack", "C1", "1.0", "U2", answer.Question, answer.Lead, ["a"], FeedbackRating.Helpful, at.AddMinutes(1)));

            StoreCopyReport first = StoreCopier.Copy(from, to);

            Assert.Equal((3, 2, 2, 1, 2), (first.Articles, first.NearDuplicateRecords, first.Vectors, first.Feeds, first.States));
            Assert.Equal(3, to.Store.Count);
            Assert.Equal(from.Store.ContentHashes(), to.Store.ContentHashes());
            Assert.Equal(from.Store.Get("a")!.Sentences.SelectMany(s => s.Times), to.Store.Get("a")!.Sentences.SelectMany(s => s.Times));
            Assert.Equal(new Dictionary<string, string> { ["b"] = "a" }, to.Store.NearDuplicateLinks());
            Assert.Equal([1UL, 2UL, ulong.MaxValue], to.Store.NearDuplicateSignature("a"));
            Assert.Equal(3, to.Embeddings.Count("m"));
            Assert.Equal(from.Embeddings.Get("m", "a")!.Values, to.Embeddings.Get("m", "a")!.Values);
            Assert.Equal((4, "Example"), (to.Store.Feed("https://example.org/rss")!.ItemsIngested, to.Store.Feed("https://example.org/rss")!.Title));
            Assert.Equal(from.Store.StateWithPrefix(string.Empty), to.Store.StateWithPrefix(string.Empty));
            Assert.Equal((1, 1), (first.Answers, first.Ratings));
            Assert.Equal(answer.Subject.Places, to.Store.LatestInThread("slack", "C1", "1.0", at.AddHours(1))!.Subject.Places);
            Assert.Equal(FeedbackRating.Helpful, Assert.Single(to.Store.Feedback(null)).Rating);
            long generation = to.Store.Generation;
            long version = to.Embeddings.Version("m");

            StoreCopyReport second = StoreCopier.Copy(from, to);

            Assert.Equal((0, 0, 0, 0, 0, 0, 0), (second.Articles, second.NearDuplicateRecords, second.Vectors, second.Feeds, second.States, second.Answers, second.Ratings));
            Assert.Single(to.Store.Feedback(null));
            Assert.Equal((3, 3, 1, generation, version), (to.Store.Count, to.Embeddings.Count("m"), to.Store.Feeds().Count, to.Store.Generation, to.Embeddings.Version("m")));
        }
    }

    public void Dispose() => temp.Dispose();
}
