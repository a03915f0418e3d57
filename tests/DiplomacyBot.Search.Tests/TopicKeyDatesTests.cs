using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Timelines;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Search.Tests;

/// <summary>Key dates about a subject, chosen from a real store through a real search index.</summary>
public sealed class TopicKeyDatesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static readonly Article[] Articles =
    [
        TestArticles.Make("spill-1", "The oil well blew out on April 20, and oil spread across the gulf.", "Oil spill", new DateOnly(2010, 4, 22)),
        TestArticles.Make("spill-2", "Engineers capped the oil well on July 15 after months of leaks.", "Well capped", new DateOnly(2010, 7, 16)),
        TestArticles.Make("games", "The football final was played on June 11 in front of a full stadium.", "Football", new DateOnly(2010, 6, 12)),
    ];

    [Fact]
    public void WithASubject_OnlyItsSentencesMakeDates_AndOnlyItsArticlesAreRead()
    {
        using var store = new LiteDbArticleStore(_temp.File("bot.db"));
        store.Save(Articles);
        using var index = new LuceneSentenceIndex(_temp.File("index"));
        index.Upsert(Articles, new HashSet<string>());
        index.Commit(1);
        var topics = new TopicKeyDates(store, index);

        TopicKeyDatesResult about = topics.Select("oil well", null, null, 10, 1);
        TopicKeyDatesResult all = topics.Select(null, null, null, 10, 1);

        Assert.Equal(2, about.Articles);
        Assert.Contains(about.Dates, d => d.Day == new DateOnly(2010, 4, 20));
        Assert.Contains(about.Dates, d => d.Day == new DateOnly(2010, 7, 15));
        Assert.DoesNotContain(about.Dates, d => d.Day.Month == 6);
        Assert.All(about.Dates, d => Assert.All(d.Sentences, s => Assert.StartsWith("spill", s.Article.Id, StringComparison.Ordinal)));
        Assert.Equal(3, all.Articles);
        Assert.Contains(all.Dates, d => d.Day == new DateOnly(2010, 6, 11));
    }

    public void Dispose() => _temp.Dispose();
}
