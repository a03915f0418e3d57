using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Storage.Postgres;
using DiplomacyBot.Storage.Tests.Support;

namespace DiplomacyBot.Storage.Tests;

/// <summary>A replica's own index catches up with what another replica stored, from the change log, without a rebuild.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IndexCatchUpTests(PostgresCluster cluster)
{
    [SkippableFact]
    public void AnIndexBehindTheSharedStore_AddsWhatAnotherReplicaSaved_WithoutARebuild()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        string connectionString = cluster.NewSchema();
        using var mine = new PostgresStore(connectionString);
        using var theirs = new PostgresStore(connectionString);
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

    /// <summary>An index that records what it is given.</summary>
    private sealed class RecordingIndex : IPassageIndex
    {
        public long Generation { get; private set; } = -1;

        public int Rebuilds { get; private set; }

        public List<string> Upserted { get; } = [];

        public void Upsert(IReadOnlyList<Article> articles, IReadOnlySet<string> replaced) => Upserted.AddRange(articles.Select(a => a.Id));

        public void Commit(long generation) => Generation = generation;

        public void Rebuild(IEnumerable<Article> articles, long generation)
        {
            _ = articles.Count();
            Rebuilds++;
            Generation = generation;
        }

        public PassageSearchResult Search(PassageQuery query, int limit) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
