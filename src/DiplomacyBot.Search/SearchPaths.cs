using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Search;

/// <summary>
/// Where this process keeps the indexes it derives from the store: the Lucene index's folder (<c>Search:IndexPath</c>,
/// else beside the store file, else <see cref="SearchOptions.DefaultReplicaIndexPath"/>), and what the vector index's
/// files are named after (the store file by default, else the Lucene index's folder).
/// </summary>
public sealed record SearchPaths(string Index, string VectorBase)
{
    public static SearchPaths For(SearchOptions search, StoreFile store)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(store);
        if (!string.IsNullOrWhiteSpace(search.IndexPath))
        {
            return new(search.IndexPath, search.IndexPath);
        }

        return store.Path is { } file
            ? new(LuceneSentenceIndex.PathFor(file), file)
            : new(SearchOptions.DefaultReplicaIndexPath, SearchOptions.DefaultReplicaIndexPath);
    }
}
