using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Feeds.Tests.Support;

namespace DiplomacyBot.Feeds.Tests;

public sealed class LongIngestTests : IDisposable
{
    private readonly TestBot bot = new();

    public void Dispose() => bot.Dispose();

    private static SourceItem Item(string id, string text) =>
        SourceItem.Of(new RawArticle { Source = id + ".txt", Id = id, Text = text, Published = new DateOnly(2025, 10, 2) });

    private int Segments() => Directory.GetFiles(LuceneIndexFolder(), "*.si").Length;

    private string LuceneIndexFolder() => Path.Combine(bot.Folder, "bot.db.index");

    private static PassageQuery Query(params string[] words) =>
        new(words.Select(w => new TermGroup(w, [new WeightedTerm(w, 1f)], 1f)).ToList());

    [Fact]
    public void AShortIngest_LeavesTheSegmentsAsTheyAre_ALongOne_MergesThemIntoOne()
    {
        bot.Ingest.CompactEvery = 3;
        bot.Ingestion.Ingest([Item("a", "Grain talks\n\nDelegations met in Istanbul to discuss grain exports on Monday.")]);
        bot.Ingestion.Ingest([Item("b", "Bank talks\n\nBankers met in Geneva to discuss payments on Tuesday.")]);
        Assert.Equal(2, Segments());
        var before = bot.Index.Search(Query("grain", "payments", "istanbul"), 10).Hits;

        IngestReport report = bot.Ingestion.Ingest([
            Item("c", "Steel talks\n\nSteel producers met in Brussels on Wednesday."),
            Item("d", "Oil talks\n\nOil ministers met in Vienna on Thursday."),
            Item("e", "Sugar talks\n\nSugar traders met in London on Friday."),
        ]);

        Assert.Equal(3, report.Ingested);
        Assert.Equal(1, Segments());
        Assert.Equal(bot.Store.Generation, bot.Index.Generation);
        var after = bot.Index.Search(Query("grain", "payments", "istanbul"), 10).Hits;
        Assert.Equal(before.Select(h => (h.ArticleId, h.SentenceIndex)), after.Select(h => (h.ArticleId, h.SentenceIndex)));
        Assert.Equal(5, bot.Store.Count);
    }
}
