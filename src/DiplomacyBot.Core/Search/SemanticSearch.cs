using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// Sentences close in meaning to a question: the question embedded with the provider's model, searched in that
/// model's vector index. The index is brought up to date with the embedding store on first use (rebuilt when it
/// reflects another version, or caught up from the store's change log) and kept current by the <see cref="EmbeddingIndexer"/> that shares it. Vectors another
/// process stored are looked for at most once a <see cref="RecheckInterval"/>, so a question does not wait on the store.
/// </summary>
public sealed class SemanticSearch(IEmbeddingProvider provider, IEmbeddingStore embeddings, IVectorIndex index)
{
    /// <summary>How long the index is trusted to match the store's version before the store is asked again.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private bool _checked;
    private long _checkedAt;

    /// <summary>The name the vectors searched are stored under (<see cref="Passages.Key"/>).</summary>
    public string Model => Passages.Key(provider.Model);

    public IEmbeddingProvider Provider => provider;

    /// <summary>Sentence vectors searchable now (after catching up with the store).</summary>
    public int Count
    {
        get
        {
            EnsureFresh();
            return index.Count;
        }
    }

    /// <summary>Rebuilds the index from the store when it is missing or behind; returns whether it did.</summary>
    public bool EnsureFresh() => EnsureFresh(recheck: true);

    private bool EnsureFresh(bool recheck)
    {
        if (!recheck && Volatile.Read(ref _checkedAt) is long at and not 0 && Environment.TickCount64 - at < RecheckInterval.TotalMilliseconds)
        {
            return false;
        }

        lock (_gate)
        {
            long version = embeddings.Version(Model);
            Volatile.Write(ref _checkedAt, Math.Max(1, Environment.TickCount64));
            if (_checked && index.Version == version)
            {
                return false;
            }

            _checked = true;
            if (index.Version == version)
            {
                return false;
            }

            return VectorIndexMaintenance.EnsureFresh(embeddings, index, Model);
        }
    }

    public async Task<IReadOnlyList<VectorHit>> NearestAsync(string query, int limit, CancellationToken cancellationToken) =>
        (await MatchAsync(query, limit, cancellationToken).ConfigureAwait(false))?.Nearest ?? [];

    /// <summary>The question's vector and its <paramref name="limit"/> nearest sentences; null when nothing is embedded yet.</summary>
    public async Task<SemanticMatch?> MatchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        EnsureFresh(recheck: false);
        if (index.Count == 0)
        {
            return null;
        }

        float[] vector = await provider.EmbedQueryAsync(query, cancellationToken).ConfigureAwait(false);
        return new SemanticMatch(vector, limit > 0 ? index.Nearest(vector, limit) : [], index);
    }
}
