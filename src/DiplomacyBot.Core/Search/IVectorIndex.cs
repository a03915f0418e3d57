using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// Nearest-neighbour search over one model's sentence vectors, derived from the embedding store and rebuildable from
/// it at any time. <see cref="Version"/> is the embedding store version it last caught up with (-1 when it has none).
/// </summary>
public interface IVectorIndex : IDisposable
{
    string Model { get; }

    long Version { get; }

    /// <summary>Sentence vectors searchable now.</summary>
    int Count { get; }

    /// <summary>Bytes held in memory for the vectors and their keys.</summary>
    long MemoryBytes { get; }

    /// <summary>
    /// Adds the articles' vectors, replacing any earlier ones of the same articles; visible to searches at once.
    /// <paramref name="version"/> is the embedding store's version once they were saved: what the index now reflects.
    /// </summary>
    void Upsert(IReadOnlyList<ArticleVectors> articles, long version);

    void Remove(IReadOnlyCollection<string> articleIds, long version);

    /// <summary>Makes the index durable, recording the embedding store version it reflects.</summary>
    void Commit(long version);

    void Rebuild(IEnumerable<ArticleVectors> articles, long version);

    /// <summary>The <paramref name="limit"/> sentences most similar to the unit-length query vector, best first.</summary>
    IReadOnlyList<VectorHit> Nearest(ReadOnlySpan<float> query, int limit);

    /// <summary>The similarity of one sentence to the query, or null when the index has no vector for it.</summary>
    VectorHit? Similarity(ReadOnlySpan<float> query, SentenceKey key);
}
