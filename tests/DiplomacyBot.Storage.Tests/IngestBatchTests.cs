using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

public sealed class IngestBatchTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void LongArticles_AreStoredInBatchesOfAboutAMegabyte_ShortOnesByCount()
    {
        using var store = new LiteDbArticleStore(_temp.File("s.db"));
        var index = new RecordingIndex();
        var options = new IngestOptions { BatchSize = 3 };
        var ingestion = new IngestService(store, index, new ArticleParser(new TemporalTagger(), TimeProvider.System), new ArticleSourceReader(options), options);
        static SourceItem Page(string id, int bytes) =>
            SourceItem.Of(new RawArticle { Source = $"{id}.txt", Id = id, Title = id, Text = $"Talks on {id} went on.", SizeBytes = bytes });

        // The first batch is an eighth of the others (one article here); then two pages of 600 KB fill a batch, and
        // the short articles after them fill theirs by count.
        IngestReport report = ingestion.Ingest([Page("p0", 100), Page("p1", 600_000), Page("p2", 600_000), Page("p3", 600_000), Page("s1", 100), Page("s2", 100), Page("s3", 100)]);

        Assert.Equal(7, report.Ingested);
        Assert.Equal(4, store.Generation);
        Assert.Equal(["p0", "p1", "p2", "p3", "s1", "s2", "s3"], index.Upserted);
        Assert.Equal(store.Generation, index.Generation);
    }

    public void Dispose() => _temp.Dispose();
}
