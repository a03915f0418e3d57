using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Storage.Tests;

/// <summary>An index that records what it is given.</summary>
internal sealed class RecordingIndex : IPassageIndex
{
    public long Generation { get; private set; } = -1;

    public int Rebuilds { get; private set; }

    public List<string> Upserted { get; } = [];

    /// <summary>The ids of the articles the index holds: those of its last rebuild and those upserted since.</summary>
    public SortedSet<string> Holds { get; } = new(StringComparer.Ordinal);

    public void Upsert(IReadOnlyList<Article> articles, IReadOnlySet<string> replaced)
    {
        Upserted.AddRange(articles.Select(a => a.Id));
        Holds.UnionWith(articles.Select(a => a.Id));
    }

    public void Commit(long generation) => Generation = generation;

    public void Rebuild(IEnumerable<Article> articles, long generation)
    {
        Holds.Clear();
        Holds.UnionWith(articles.Select(a => a.Id));
        Rebuilds++;
        Generation = generation;
    }

    public PassageSearchResult Search(PassageQuery query, int limit) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
