using DiplomacyBot.Core.Storage;
using DiplomacyBot.Search;
using DiplomacyBot.Storage;
using DiplomacyBot.Storage.Postgres;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The one place that knows the store providers: <c>Storage:Provider</c> picks LiteDB (one file) or PostgreSQL (a
/// database several replicas share), and says where this process keeps the indexes derived from it.
/// </summary>
public static class StorageProviders
{
    public static StoreSet Open(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return storage.IsPostgres
            ? OpenPostgres(storage.ConnectionString!)
            : LiteDbStorage.Open(storage.Path, storage.Shared, storage.CacheMegabytes * 1024L * 1024L);
    }

    public static StoreSet OpenLiteDb(string path) => LiteDbStorage.Open(path);

    public static StoreSet OpenPostgres(string connectionString) => PostgresStorage.Open(connectionString);

    /// <summary>The database a connection string names, for messages (never its password).</summary>
    public static string DescribePostgres(string connectionString) => PostgresStorage.Describe(connectionString);

    /// <summary>The full-text index this process keeps, derived from the store (Lucene, at <see cref="IndexPath"/>).</summary>
    public static Core.Search.IPassageIndex OpenIndex(StorageOptions storage, SearchOptions search) => new LuceneSentenceIndex(IndexPath(storage, search));

    /// <summary>The Lucene index's folder: <c>Search:IndexPath</c>, else beside the LiteDB file, else the replica default.</summary>
    public static string IndexPath(StorageOptions storage, SearchOptions search)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(search);
        if (!string.IsNullOrWhiteSpace(search.IndexPath))
        {
            return search.IndexPath;
        }

        return storage.IsPostgres ? SearchOptions.DefaultReplicaIndexPath : LuceneSentenceIndex.PathFor(storage.Path);
    }

    /// <summary>What the vector index's file is named after: the LiteDB file by default, else the Lucene index's folder.</summary>
    public static string VectorIndexBase(StorageOptions storage, SearchOptions search)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return !storage.IsPostgres && string.IsNullOrWhiteSpace(search?.IndexPath) ? storage.Path : IndexPath(storage, search!);
    }
}
