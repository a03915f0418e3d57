using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// Articles in one LiteDB file. Each <see cref="Save"/> is a single transaction that also bumps the store generation,
/// so after a crash an article is either wholly present or absent, and the index can tell it is behind.
/// </summary>
public sealed partial class LiteDbArticleStore : IBotStore
{
    private const string Articles = "articles";
    private const string Settings = "settings";
    private const string SeenEvents = "seen_events";
    private const string GenerationKey = "generation";

    private readonly LiteDatabase _db;
    private readonly ILiteCollection<BsonDocument> _articles;
    private readonly ILiteCollection<BsonDocument> _settings;
    private readonly Lock _gate = new();
    private readonly ArticleCache _cache;
    private readonly bool _shared;

    /// <summary>
    /// The generation as last read or written. Only this process writes a file it opened alone, so the value holds
    /// until its own next save; a shared file is read every time.
    /// </summary>
    private long? _knownGeneration;

    /// <param name="cacheBytes">
    /// How much memory decoded articles may keep (as <see cref="CacheSizeOf"/> estimates it). In shared mode another
    /// process may write the file, so nothing is cached there.
    /// </param>
    public LiteDbArticleStore(string path, bool shared = false, long cacheBytes = DefaultCacheMegabytes * 1024L * 1024L)
    {
        _cache = new ArticleCache(shared ? 0 : cacheBytes);
        _shared = shared;
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        Path = path;
        _db = new LiteDatabase(new ConnectionString
        {
            Filename = path,
            Connection = shared ? ConnectionType.Shared : ConnectionType.Direct,
        });
        _articles = _db.GetCollection(Articles);
        _settings = _db.GetCollection(Settings);
        // Kept up to date by every save from the start: built on first use instead, over a large store, it would be one
        // transaction holding every page it touches, and the page cache never gives that memory back.
        _db.GetCollection(NearDuplicates).EnsureIndex("original", "$.original");
        // "What's the latest?" and "what happened in June?" list articles by publication date.
        _articles.EnsureIndex("published", "$.published");
        EnsureConversationIndexes();
        // Nothing looks articles up by content hash (ingest keeps the hashes itself), so stores made when something
        // did lose the index rather than maintain it on every save.
        if (!shared && _db.GetCollection("$indexes").Exists(Query.And(Query.EQ("collection", Articles), Query.EQ("name", "hash"))))
        {
            _articles.DropIndex("hash");
        }
    }

    public string Path { get; }

    public string Location => Path;

    /// <summary>The open database, shared with stores of derived data (sentence embeddings) kept in the same file.</summary>
    internal LiteDatabase Database => _db;

    /// <summary>
    /// The lock every operation on the file takes: a transaction on one thread and a read on another must not
    /// interleave (LiteDB then reads pages the transaction is rewriting).
    /// </summary>
    internal Lock Gate => _gate;

    public long Generation
    {
        get
        {
            lock (_gate)
            {
                try
                {
                    return StoredGeneration();
                }
                catch (LiteException ex)
                {
                    throw LiteDbStorage.Failed(ex);
                }
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                try
                {
                    return _articles.Count();
                }
                catch (LiteException ex)
                {
                    throw LiteDbStorage.Failed(ex);
                }
            }
        }
    }

    /// <summary>Whether no article is stored; unlike <see cref="Count"/> it reads one entry, not the whole id index.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                try
                {
                    return !_articles.Exists(Query.All());
                }
                catch (LiteException ex)
                {
                    throw LiteDbStorage.Failed(ex);
                }
            }
        }
    }

    public const int DefaultCacheMegabytes = 64;

    /// <summary>The memory a decoded article is counted as taking in the cache.</summary>
    public static long CacheSizeOf(Article article) => ArticleCache.SizeOf(article);

    public Article? Get(string id)
    {
        lock (_gate)
        {
            try
            {
                if (_cache.TryGet(id, out Article? cached))
                {
                    return cached;
                }

                Article? article = _articles.FindById(id) is { } doc ? ArticleBson.FromDocument(doc) : null;
                if (article is not null)
                {
                    _cache.Add(article);
                }

                return article;
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    /// <summary>
    /// Reads the articles not already decoded in one query (one transaction and one pass over the id index), which
    /// costs about half as much an article as reading them one at a time.
    /// </summary>
    public IReadOnlyDictionary<string, Article> GetMany(IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Article>(ids.Count, StringComparer.Ordinal);
        lock (_gate)
        {
            try
            {
                // Each missing one by its key: a lookup in the primary index, where a query over the set would parse and
                // compile an expression for every call.
                foreach (string id in ids)
                {
                    if (found.ContainsKey(id))
                    {
                        continue;
                    }

                    if (_cache.TryGet(id, out Article? cached) && cached is not null)
                    {
                        found[id] = cached;
                    }
                    else if (_articles.FindById(id) is { } doc)
                    {
                        Article article = ArticleBson.FromDocument(doc);
                        found[article.Id] = article;
                        _cache.Add(article);
                    }
                }
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }

        return found;
    }

    // Paged so a large store is never held in memory at once, and the lock is not held while the caller works.
    public IEnumerable<Article> All() => Paged(_articles, select: null, pageSize: 500).Select(ArticleBson.FromDocument);

    /// <summary>
    /// The collection's documents in id order, a page at a time under the lock and handed out outside it; with
    /// <paramref name="select"/>, only those fields are read.
    /// </summary>
    private IEnumerable<BsonDocument> Paged(ILiteCollection<BsonDocument> collection, string? select, int pageSize)
    {
        string? after = null;
        while (true)
        {
            List<BsonDocument> page;
            lock (_gate)
            {
                try
                {
                    var query = collection.Query();
                    if (after is not null)
                    {
                        query = query.Where(Query.GT("_id", after));
                    }

                    var ordered = query.OrderBy("_id");
                    page = select is null ? ordered.Limit(pageSize).ToList() : ordered.Select(select).Limit(pageSize).ToList();
                }
                catch (LiteException ex)
                {
                    throw LiteDbStorage.Failed(ex);
                }
            }

            if (page.Count == 0)
            {
                yield break;
            }

            foreach (BsonDocument doc in page)
            {
                yield return doc;
            }

            after = page[^1]["_id"].AsString;
        }
    }

    public IReadOnlyList<string> PublishedBetween(DateOnly? first, DateOnly? last, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        // Dates are stored as yyyy-MM-dd, which sort as the days do; undated articles hold null and fall outside.
        string from = BsonFields.DayText(first ?? DateOnly.MinValue);
        string to = BsonFields.DayText(last ?? DateOnly.MaxValue);
        lock (_gate)
        {
            try
            {
                return _articles.Query()
                    .Where(Query.Between("published", from, to))
                    .OrderBy("$.published", Query.Descending)
                    .Select("{ _id: $._id }")
                    .Limit(limit)
                    .ToList()
                    .Select(d => d["_id"].AsString)
                    .ToList();
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public IReadOnlyDictionary<string, string> ContentHashes()
    {
        lock (_gate)
        {
            try
            {
                return _db.Execute("SELECT $._id, $.hash FROM articles").ToEnumerable()
                    .ToDictionary(d => d.AsDocument["_id"].AsString, d => d.AsDocument["hash"].AsString, StringComparer.Ordinal);
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    // Paged by id like All, reading only the two fields.
    public IEnumerable<KeyValuePair<string, string>> EnumerateContentHashes() =>
        Paged(_articles, "{ _id: $._id, hash: $.hash }", pageSize: 5000)
            .Select(doc => new KeyValuePair<string, string>(doc["_id"].AsString, doc["hash"].AsString));

    public long Save(IReadOnlyList<Article> articles)
    {
        lock (_gate)
        {
            try
            {
                _db.BeginTrans();
                try
                {
                    foreach (Article article in articles)
                    {
                        _cache.Remove(article.Id);
                        _articles.Upsert(ArticleBson.ToDocument(article));
                    }

                    long generation = StoredGeneration() + 1;
                    _knownGeneration = null;
                    _settings.Upsert(new BsonDocument { ["_id"] = GenerationKey, ["value"] = generation });
                    _db.Commit();
                    _knownGeneration = _shared ? null : generation;
                    return generation;
                }
                catch
                {
                    _knownGeneration = null;
                    _db.Rollback();
                    throw;
                }
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    /// <summary>The committed generation; the caller holds the gate.</summary>
    private long StoredGeneration()
    {
        if (_knownGeneration is { } known)
        {
            return known;
        }

        long generation = _settings.FindById(GenerationKey)?["value"].AsInt64 ?? 0;
        _knownGeneration = _shared ? null : generation;
        return generation;
    }

    public bool Remember(IReadOnlyList<string> keys, DateTimeOffset now, DateTimeOffset expires)
    {
        lock (_gate)
        {
            try
            {
                var seen = _db.GetCollection(SeenEvents);
                DateTime nowUtc = now.UtcDateTime;
                bool fresh = keys.All(key => seen.FindById(key) is not { } doc || doc["expires"].AsDateTime.ToUniversalTime() <= nowUtc);
                _db.BeginTrans();
                try
                {
                    foreach (string key in keys)
                    {
                        seen.Upsert(new BsonDocument { ["_id"] = key, ["expires"] = expires.UtcDateTime });
                    }

                    // Expired keys are dropped as new ones arrive, so the collection stays small.
                    seen.DeleteMany(Query.LTE("expires", nowUtc));
                    _db.Commit();
                }
                catch
                {
                    _db.Rollback();
                    throw;
                }

                return fresh;
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public void Dispose() => _db.Dispose();
}
