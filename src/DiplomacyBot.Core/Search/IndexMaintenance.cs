using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// Keeps the derived index in step with the store: an index behind the store catches up with the articles saved
/// since (when the store keeps a change log), and a missing index, or one the log cannot bring up to date, is rebuilt.
/// </summary>
public static class IndexMaintenance
{
    /// <summary>Articles read from the store and added to the index at a time while catching up.</summary>
    private const int CatchUpBatch = 500;

    /// <summary>Brings the index up to the store's generation; returns whether that took a full rebuild.</summary>
    public static bool EnsureFresh(IArticleStore store, IPassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        long generation = store.Generation;
        if (index.Generation == generation)
        {
            return false;
        }

        if (CatchUp(store, index, generation) is not null)
        {
            return false;
        }

        index.Rebuild(store.All(), generation);
        return true;
    }

    /// <summary>
    /// Adds to the index the articles saved after the generation it reflects, up to <paramref name="generation"/>
    /// (read from the store before this call), and commits it at that generation. Returns how many articles it
    /// indexed, or null when the store keeps no log that reaches back to the index (or there is no index yet), and
    /// nothing was done.
    /// </summary>
    public static int? CatchUp(IArticleStore store, IPassageIndex index, long generation, IReadOnlySet<string>? alreadyIndexed = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        long from = index.Generation;
        if (from < 0 || from > generation || store.ChangedSince(from) is not { } changed)
        {
            return null;
        }

        int indexed = 0;
        foreach (string[] ids in changed.Where(id => alreadyIndexed is null || !alreadyIndexed.Contains(id)).Chunk(CatchUpBatch))
        {
            List<Article> articles = store.GetMany(ids).Values.ToList();
            index.Upsert(articles, ids.ToHashSet(StringComparer.Ordinal));
            indexed += articles.Count;
        }

        index.Commit(generation);
        return indexed;
    }
}
