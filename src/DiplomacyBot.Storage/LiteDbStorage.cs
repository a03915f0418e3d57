using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Storage;

/// <summary>Opens the LiteDB provider: one file holding the articles and everything else, its vectors included.</summary>
public static class LiteDbStorage
{
    public static StoreSet Open(string path, bool shared = false, long cacheBytes = LiteDbArticleStore.DefaultCacheMegabytes * 1024L * 1024L)
    {
        var store = new LiteDbArticleStore(path, shared, cacheBytes);
        return new StoreSet(store, new LiteDbEmbeddingStore(store));
    }
}
