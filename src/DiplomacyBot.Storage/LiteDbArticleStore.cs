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
    private readonly LiteDbGate _gate;
    private readonly ArticleCache _cache;
    private readonly bool _shared;
    private readonly LiteDbLogStream? _log;

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
        _db = shared ? new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared }) : OpenDirect(path, out _log);
        _gate = new LiteDbGate(_db);
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

    /// <summary>
    /// Opens a file this process alone uses as <see cref="ConnectionType.Direct"/> does, with its log written through a
    /// <see cref="LiteDbLogStream"/>, which coalesces the log's flushes to disk.
    /// </summary>
    private static LiteDatabase OpenDirect(string path, out LiteDbLogStream log)
    {
        log = new LiteDbLogStream(path);
        try
        {
            return new LiteDatabase(new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { Filename = path, LogStream = log }));
        }
        catch
        {
            log.Abandon();
            throw;
        }
    }

    public string Path { get; }

    public string Location => Path;

    /// <summary>The open database, shared with stores of derived data (sentence embeddings) kept in the same file.</summary>
    internal LiteDatabase Database => _db;

    /// <summary>The lock every operation on the file takes, stores of derived data in the same file included.</summary>
    internal LiteDbGate Gate => _gate;

    public long Generation => _gate.Locked(StoredGeneration);

    public int Count => _gate.Locked(() => _articles.Count());

    /// <summary>Whether no article is stored; unlike <see cref="Count"/> it reads one entry, not the whole id index.</summary>
    public bool IsEmpty => _gate.Locked(() => !_articles.Exists(Query.All()));

    public const int DefaultCacheMegabytes = 64;

    /// <summary>The memory a decoded article is counted as taking in the cache.</summary>
    public static long CacheSizeOf(Article article) => ArticleCache.SizeOf(article);

    public Article? Get(string id) => _gate.Locked(() =>
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
    });

    /// <summary>
    /// Reads the articles not already decoded in one query (one transaction and one pass over the id index), which
    /// costs about half as much an article as reading them one at a time.
    /// </summary>
    public IReadOnlyDictionary<string, Article> GetMany(IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Article>(ids.Count, StringComparer.Ordinal);
        _gate.Locked(() =>
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
        });

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
            List<BsonDocument> page = _gate.Locked(() =>
            {
                var query = collection.Query();
                if (after is not null)
                {
                    query = query.Where(Query.GT("_id", after));
                }

                var ordered = query.OrderBy("_id");
                return select is null ? ordered.Limit(pageSize).ToList() : ordered.Select(select).Limit(pageSize).ToList();
            });

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
        return _gate.Locked(() => _articles.Query()
            .Where(Query.Between("published", from, to))
            .OrderBy("$.published", Query.Descending)
            .Select("{ _id: $._id }")
            .Limit(limit)
            .ToList()
            .Select(d => d["_id"].AsString)
            .ToList());
    }

    public IReadOnlyDictionary<string, string> ContentHashes() => _gate.Locked(() =>
        _db.Execute("SELECT $._id, $.hash FROM articles").ToEnumerable()
            .ToDictionary(d => d.AsDocument["_id"].AsString, d => d.AsDocument["hash"].AsString, StringComparer.Ordinal));

    // Paged by id like All, reading only the two fields.
    public IEnumerable<KeyValuePair<string, string>> EnumerateContentHashes() =>
        Paged(_articles, "{ _id: $._id, hash: $.hash }", pageSize: 5000)
            .Select(doc => new KeyValuePair<string, string>(doc["_id"].AsString, doc["hash"].AsString));

    public long Save(IReadOnlyList<Article> articles) => Save(articles, replacing: null, alsoInTransaction: null);

    public long Save(IReadOnlyList<Article> articles, IReadOnlySet<string> replacing) => Save(articles, replacing, alsoInTransaction: null);

    /// <summary>
    /// Saves the articles and, in the same transaction, whatever <paramref name="alsoInTransaction"/> writes (told which
    /// ids may be stored already). Articles outside <paramref name="replacing"/> are inserted without looking their
    /// ids up first; in a store other processes write to (<c>Storage:Shared</c>), or when an insert finds its id taken
    /// after all, the batch is rolled back and saved again replacing whatever is there.
    /// </summary>
    private long Save(IReadOnlyList<Article> articles, IReadOnlySet<string>? replacing, Action<Func<string, bool>>? alsoInTransaction) => _gate.Locked(() =>
    {
        if (replacing is not null && !_shared)
        {
            try
            {
                return SaveOnce(articles, replacing.Contains, alsoInTransaction);
            }
            catch (StoreException ex) when (ex.InnerException is LiteException { ErrorCode: LiteException.INDEX_DUPLICATE_KEY })
            {
            }
        }

        return SaveOnce(articles, static _ => true, alsoInTransaction);
    });

    /// <summary>One attempt at <see cref="Save(IReadOnlyList{Article}, IReadOnlySet{string}?, Action{Func{string, bool}}?)"/>; the caller holds the gate.</summary>
    private long SaveOnce(IReadOnlyList<Article> articles, Func<string, bool> mayBeStored, Action<Func<string, bool>>? alsoInTransaction)
    {
        // The generation is forgotten before it is written and remembered only once the commit has happened, so a
        // failed save leaves none that was never committed.
        long generation = _gate.InTransaction(() =>
        {
            foreach (Article article in articles)
            {
                _cache.Remove(article.Id);
                BsonDocument document = ArticleBson.ToDocument(article);
                if (mayBeStored(article.Id))
                {
                    _articles.Upsert(document);
                }
                else
                {
                    _articles.Insert(document);
                }
            }

            alsoInTransaction?.Invoke(mayBeStored);
            long next = StoredGeneration() + 1;
            _knownGeneration = null;
            _settings.Upsert(new BsonDocument { ["_id"] = GenerationKey, ["value"] = next });
            return next;
        });
        _knownGeneration = _shared ? null : generation;
        return generation;
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

    public bool Remember(IReadOnlyList<string> keys, DateTimeOffset now, DateTimeOffset expires) => _gate.Locked(() =>
    {
        var seen = _db.GetCollection(SeenEvents);
        DateTime nowUtc = now.UtcDateTime;
        bool fresh = keys.All(key => seen.FindById(key) is not { } doc || doc["expires"].AsDateTime.ToUniversalTime() <= nowUtc);
        _gate.InTransaction(() =>
        {
            foreach (string key in keys)
            {
                seen.Upsert(new BsonDocument { ["_id"] = key, ["expires"] = expires.UtcDateTime });
            }

            // Expired keys are dropped as new ones arrive, so the collection stays small.
            seen.DeleteMany(Query.LTE("expires", nowUtc));
        });
        return fresh;
    });

    public void Dispose()
    {
        // The log is closed after the database, whose last checkpoint empties it.
        _db.Dispose();
        _log?.Dispose();
    }
}
