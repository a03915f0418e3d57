using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Storage.Postgres;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

/// <summary>A replica's own index catches up with what another replica stored, from the change log, without a rebuild.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IndexCatchUpTests(PostgresCluster cluster) : IDisposable
{
    private readonly List<PostgresStore> opened = [];

    /// <summary>Two stores on one new database, as two replicas have them.</summary>
    private (PostgresStore Mine, PostgresStore Theirs) TwoReplicas()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        string connectionString = cluster.NewSchema();
        opened.Add(new PostgresStore(connectionString));
        opened.Add(new PostgresStore(connectionString));
        return (opened[^2], opened[^1]);
    }

    public void Dispose() => opened.ForEach(store => store.Dispose());

    [SkippableFact]
    public void AnIndexBehindTheSharedStore_AddsWhatAnotherReplicaSaved_WithoutARebuild()
    {
        (PostgresStore mine, PostgresStore theirs) = TwoReplicas();
        var index = new RecordingIndex();
        mine.Save([TestArticles.Make("a", "One."), TestArticles.Make("b", "Two.")]);
        Assert.True(IndexMaintenance.EnsureFresh(mine, index));

        theirs.Save([TestArticles.Make("c", "Three."), TestArticles.Make("a", "One, changed.")]);
        bool rebuilt = IndexMaintenance.EnsureFresh(mine, index);

        Assert.False(rebuilt);
        Assert.Equal(1, index.Rebuilds);
        Assert.Equal(["a", "c"], index.Upserted.Order(StringComparer.Ordinal));
        Assert.Equal(mine.Generation, index.Generation);
        Assert.False(IndexMaintenance.EnsureFresh(mine, index));
        Assert.Equal(2, index.Upserted.Count);
    }

    [SkippableFact]
    public void AnIngestInterleavedWithAnotherReplicas_CommitsAnIndexHoldingBoth()
    {
        (PostgresStore mine, PostgresStore theirs) = TwoReplicas();
        var index = new RecordingIndex();
        var options = new IngestOptions { BatchSize = 1 };
        var ingestion = new IngestService(mine, index, new ArticleParser(new TemporalTagger(), TimeProvider.System), new ArticleSourceReader(options), options);

        IEnumerable<SourceItem> Items()
        {
            yield return SourceItem.Of(new RawArticle { Source = "x.txt", Id = "x", Title = "X", Text = "The first one." });
            theirs.Save([TestArticles.Make("theirs", "Stored by another replica meanwhile.")]);
            yield return SourceItem.Of(new RawArticle { Source = "y.txt", Id = "y", Title = "Y", Text = "The second one." });
        }

        IngestReport report = ingestion.Ingest(Items());

        Assert.Equal(2, report.Ingested);
        // The other replica's article may be stored before the index is first built (the source is read ahead of
        // the batches) or between the batches: either way the index holds it, at the store's generation.
        Assert.Equal(["theirs", "x", "y"], index.Holds);
        Assert.Equal(mine.Generation, index.Generation);
        Assert.Equal(1, index.Rebuilds);
    }

    [SkippableFact]
    public void AVectorIndexBehindTheSharedStore_AppliesWhatAnotherReplicaEmbeddedAndRemoved_WithoutARebuild()
    {
        (PostgresStore mine, PostgresStore theirs) = TwoReplicas();
        var myVectors = new PostgresEmbeddingStore(mine);
        var theirVectors = new PostgresEmbeddingStore(theirs);
        var index = new RecordingVectorIndex();
        myVectors.Save([ArticleVectors.Quantize("a", "m", "ha", [[1f, 0f]]), ArticleVectors.Quantize("b", "m", "hb", [[0f, 1f]])]);
        Assert.True(VectorIndexMaintenance.EnsureFresh(myVectors, index, "m"));

        theirVectors.Save([ArticleVectors.Quantize("c", "m", "hc", [[0.6f, 0.8f]])]);
        theirVectors.Remove("m", ["a"]);
        bool rebuilt = VectorIndexMaintenance.EnsureFresh(myVectors, index, "m");

        Assert.False(rebuilt);
        Assert.Equal(1, index.Rebuilds);
        Assert.Equal(["b", "c"], index.Articles.Order(StringComparer.Ordinal));
        Assert.Equal((myVectors.Version("m"), myVectors.Version("m")), (index.Version, index.Committed));

        // A batch this replica saves after another one's is added with it, so the index never skips the other's.
        theirVectors.Save([ArticleVectors.Quantize("d", "m", "hd", [[1f, 0f]])]);
        ArticleVectors e = ArticleVectors.Quantize("e", "m", "he", [[0f, 1f]]);
        myVectors.Save([e]);
        VectorIndexMaintenance.Apply(myVectors, index, "m", version => index.Upsert([e], version));
        Assert.Equal(["b", "c", "d", "e"], index.Articles.Order(StringComparer.Ordinal));
        Assert.Equal(myVectors.Version("m"), index.Version);
    }

    /// <summary>A vector index that keeps which articles it holds.</summary>
    private sealed class RecordingVectorIndex : IVectorIndex
    {
        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public int Rebuilds { get; private set; }

        public long Committed { get; private set; } = -1;

        public string Model => "m";

        public long Version { get; private set; } = -1;

        public int Count => Articles.Count;

        public long MemoryBytes => 0;

        public void Upsert(IReadOnlyList<ArticleVectors> articles, long version)
        {
            Articles.UnionWith(articles.Select(a => a.ArticleId));
            Version = version;
        }

        public void Remove(IReadOnlyCollection<string> articleIds, long version)
        {
            Articles.ExceptWith(articleIds);
            Version = version;
        }

        public void Commit(long version) => Committed = Version = version;

        public void Rebuild(IEnumerable<ArticleVectors> articles, long version)
        {
            Rebuilds++;
            Articles.Clear();
            Upsert(articles.ToList(), version);
            Commit(version);
        }

        public IReadOnlyList<VectorHit> Nearest(ReadOnlySpan<float> query, int limit) => throw new NotSupportedException();

        public VectorHit? Similarity(ReadOnlySpan<float> query, SentenceKey key) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
