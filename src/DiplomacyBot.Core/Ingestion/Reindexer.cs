using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>Recomputes every stored sentence's temporal expressions and events, then rebuilds the index from the store.</summary>
public static class Reindexer
{
    /// <summary>Returns how many articles were reindexed.</summary>
    public static int Reindex(IArticleStore store, IPassageIndex index, ArticleParser parser, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(parser);
        int count = 0;
        foreach (var batch in store.All().Select(parser.Retag).Chunk(Math.Max(1, batchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            store.Save(batch);
            count += batch.Length;
        }

        index.Rebuild(store.All(), store.Generation);
        return count;
    }
}
