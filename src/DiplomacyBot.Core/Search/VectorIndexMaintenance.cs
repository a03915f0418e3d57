using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// Keeps a model's vector index in step with the stored vectors: an index behind them catches up with the articles
/// whose vectors changed since (when the store keeps a change log, as one shared by replicas does), otherwise it is
/// rebuilt from every stored vector.
/// </summary>
public static class VectorIndexMaintenance
{
    /// <summary>Articles whose vectors are read from the store at a time while catching up.</summary>
    private const int CatchUpBatch = 256;

    /// <summary>Brings the index up to the store's version of the model's vectors; returns whether that took a rebuild.</summary>
    public static bool EnsureFresh(IEmbeddingStore store, IVectorIndex index, string model)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        long version = store.Version(model);
        if (index.Version == version)
        {
            return false;
        }

        if (CatchUp(store, index, model, version))
        {
            index.Commit(version);
            return false;
        }

        index.Rebuild(store.All(model), version);
        return true;
    }

    /// <summary>
    /// After this process changed the stored vectors: applies its own change to the index when nothing else changed
    /// them since the version the index reflects, and otherwise catches up with every change from the store's log, so
    /// the index never records a version whose vectors it lacks. Without a log the change is applied as it is.
    /// </summary>
    public static void Apply(IEmbeddingStore store, IVectorIndex index, string model, Action<long> change)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(change);
        long version = store.Version(model);
        if (version == index.Version + 1 || !CatchUp(store, index, model, version))
        {
            change(version);
        }
    }

    /// <summary>Applies the logged changes after the index's version, up to <paramref name="version"/>; false (doing nothing) without a log.</summary>
    private static bool CatchUp(IEmbeddingStore store, IVectorIndex index, string model, long version)
    {
        if (index.Version < 0 || index.Version > version || store.ChangedSince(model, index.Version) is not { } changes)
        {
            return false;
        }

        var saved = changes.Saved.ToHashSet(StringComparer.Ordinal);
        var removed = changes.Removed.Where(id => !saved.Contains(id)).ToList();
        if (removed.Count > 0)
        {
            index.Remove(removed, version);
        }

        foreach (string[] ids in saved.Chunk(CatchUpBatch))
        {
            index.Upsert(ids.Select(id => store.Get(model, id)).OfType<ArticleVectors>().ToList(), version);
        }

        return true;
    }
}
