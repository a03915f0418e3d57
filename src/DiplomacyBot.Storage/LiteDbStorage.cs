using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Opens the LiteDB provider: one file holding the articles and everything else, its vectors included.</summary>
public static class LiteDbStorage
{
    /// <exception cref="StoreException">The file is not a LiteDB store LiteDB can open.</exception>
    public static StoreSet Open(string path, bool shared = false, long cacheBytes = LiteDbArticleStore.DefaultCacheMegabytes * 1024L * 1024L)
    {
        LiteDbArticleStore? store = null;
        try
        {
            store = new LiteDbArticleStore(path, shared, cacheBytes);
            return new StoreSet(store, new LiteDbEmbeddingStore(store));
        }
        catch (LiteException ex)
        {
            store?.Dispose();
            throw Failed(ex);
        }
    }

    /// <summary>A LiteDB failure as the store failure callers handle, whatever the provider.</summary>
    internal static StoreException Failed(LiteException ex) => new(ex.Message, ex);
}
