namespace DiplomacyBot.Core.Search;

/// <summary>
/// The sentence-embedding model this process uses, as its provider's registration describes it. The container holds
/// one only when <c>Embeddings:Provider</c> names a provider: without it, answering is BM25 alone.
/// </summary>
/// <param name="BatchSize">Sentences embedded and saved per batch.</param>
public sealed record EmbeddingSetup(IEmbeddingProvider Provider, int BatchSize)
{
    /// <summary>The model's own similarity scale (where meaning starts to match, and where it fully does), if it has one.</summary>
    public (double Floor, double Full)? SimilarityScale { get; init; }

    /// <summary>Starts loading the model in the background, for a model that is slow to load; null otherwise.</summary>
    public Action? StartLoading { get; init; }
}
