namespace DiplomacyBot.Core.Search;

/// <summary>
/// A question's vector and the sentences nearest to it, with the similarity of any other sentence on request (BM25's
/// candidates are compared with the question too, not only the nearest ones).
/// </summary>
public sealed class SemanticMatch
{
    private readonly float[] _query;
    private readonly IVectorIndex _index;
    private readonly Dictionary<SentenceKey, (int Rank, VectorHit Hit)> _nearest;

    public SemanticMatch(float[] query, IReadOnlyList<VectorHit> nearest, IVectorIndex index)
    {
        ArgumentNullException.ThrowIfNull(nearest);
        _query = query;
        _index = index;
        Nearest = nearest;
        _nearest = new Dictionary<SentenceKey, (int, VectorHit)>(nearest.Count);
        for (int i = 0; i < nearest.Count; i++)
        {
            _nearest.TryAdd(nearest[i].Key, (i + 1, nearest[i]));
        }
    }

    public IReadOnlyList<VectorHit> Nearest { get; }

    /// <summary>The sentence's place among the nearest (1 is nearest), or 0 when it is not among them.</summary>
    public int RankOf(SentenceKey key) => _nearest.TryGetValue(key, out var found) ? found.Rank : 0;

    /// <summary>The sentence's similarity to the question; null when it has no vector.</summary>
    public VectorHit? Of(SentenceKey key) => _nearest.TryGetValue(key, out var found) ? found.Hit : _index.Similarity(_query, key);
}
