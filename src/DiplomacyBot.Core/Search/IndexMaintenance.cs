using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Search;

/// <summary>Keeps the derived index in step with the store: a missing or stale index is rebuilt from the store.</summary>
public static class IndexMaintenance
{
    /// <summary>Rebuilds the index when it does not reflect the store's generation; returns whether it did.</summary>
    public static bool EnsureFresh(IArticleStore store, IPassageIndex index)
    {
        if (index.Generation == store.Generation)
        {
            return false;
        }

        index.Rebuild(store.All(), store.Generation);
        return true;
    }
}
