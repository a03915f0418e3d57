namespace DiplomacyBot.Core.Search;

/// <summary>
/// A sentence the index found: where it is, its BM25 score, and which of the query's term groups it (or its
/// article's title) matched, as bit masks over <see cref="PassageQuery.Groups"/>.
/// </summary>
public sealed record PassageHit(string ArticleId, int SentenceIndex, int Start, int End, float Score, ulong TextGroups, ulong TitleGroups)
{
    /// <summary>The hit's place in the BM25 ranking (1 is best), or 0 for a sentence only asked for by <see cref="PassageQuery.Include"/>.</summary>
    public int Bm25Rank { get; init; }

    public SentenceKey Key => new(ArticleId, SentenceIndex);
}

/// <summary>
/// The hits; each query group's inverse document frequency (how telling a match on it is); and in how many sentences or
/// titles the group's words occur (the best of its alternatives): 0 means the corpus never mentions it.
/// </summary>
public sealed record PassageSearchResult(IReadOnlyList<PassageHit> Hits, IReadOnlyList<double> GroupIdf, int IndexedSentences)
{
    public IReadOnlyList<int> GroupOccurrences { get; init; } = [];
}
