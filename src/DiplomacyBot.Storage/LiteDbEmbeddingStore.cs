using System.Runtime.InteropServices;
using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// Sentence vectors in the article store's file, one document per article and model in <c>vectors</c> (the quantised
/// values and scales as binary), a small one beside it in <c>vector_articles</c> (content hash and count, read to
/// find what is missing without reading any vector), and one per model in <c>vector_state</c> (version and total).
/// Every save or removal is one transaction over all three, so after a crash a batch is wholly there or not at all.
/// </summary>
public sealed class LiteDbEmbeddingStore : IEmbeddingStore
{
    private const string Vectors = "vectors";
    private const string VectorArticles = "vector_articles";
    private const string VectorState = "vector_state";

    /// <summary>Where an earlier layout (one document per sentence, float vectors) kept vectors; dropped on open.</summary>
    private const string Legacy = "embeddings";

    private readonly LiteDatabase _db;
    private readonly LiteDbGate _gate;
    private readonly ILiteCollection<BsonDocument> _vectors;
    private readonly ILiteCollection<BsonDocument> _articles;
    private readonly ILiteCollection<BsonDocument> _state;

    public LiteDbEmbeddingStore(LiteDbArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _db = store.Database;
        _gate = store.Gate;
        _vectors = _db.GetCollection(Vectors);
        _articles = _db.GetCollection(VectorArticles);
        _state = _db.GetCollection(VectorState);
        _vectors.EnsureIndex("model", "$.model");
        _articles.EnsureIndex("model", "$.model");
        if (_db.CollectionExists(Legacy))
        {
            _db.DropCollection(Legacy);
        }
    }

    public static string KeyOf(string model, string articleId) => $"{model}\u001f{articleId}";

    public IReadOnlyDictionary<string, string> ContentHashes(string model) => _gate.Locked(() =>
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (BsonDocument doc in _articles.Find(Query.EQ("model", model)))
        {
            hashes[doc["article"].AsString] = doc["hash"].AsString;
        }

        return hashes;
    });

    /// <summary>Read a page of records at a time, in key order, each page under the store's lock.</summary>
    public IEnumerable<ArticleVectors> All(string model)
    {
        const int Page = 512;
        string after = KeyOf(model, string.Empty);
        string end = model + "\u0020";
        while (true)
        {
            List<BsonDocument> page = _gate.Locked(() => _vectors.Find(Query.And(Query.GT("_id", after), Query.LT("_id", end)), limit: Page).ToList());

            foreach (BsonDocument doc in page)
            {
                yield return Decode(doc, model);
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1]["_id"].AsString;
        }
    }

    public ArticleVectors? Get(string model, string articleId) =>
        _gate.Locked(() => _vectors.FindById(KeyOf(model, articleId)) is { } doc ? Decode(doc, model) : null);

    public void Save(IReadOnlyList<ArticleVectors> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        _gate.InTransaction(() =>
        {
            foreach (var byModel in batch.GroupBy(v => v.Model, StringComparer.Ordinal))
            {
                int added = 0;
                foreach (ArticleVectors v in byModel)
                {
                    string key = KeyOf(v.Model, v.ArticleId);
                    added += v.Count - (_articles.FindById(key)?["count"].AsInt32 ?? 0);
                    _vectors.Upsert(Encode(key, v));
                    _articles.Upsert(Summarise(key, v));
                }

                Advance(byModel.Key, added);
            }
        });
    }

    public int Remove(string model, IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return 0;
        }

        return _gate.InTransaction(() =>
        {
            int removed = 0, sentences = 0;
            foreach (string id in articleIds)
            {
                string key = KeyOf(model, id);
                sentences += _articles.FindById(key)?["count"].AsInt32 ?? 0;
                removed += _articles.Delete(key) ? 1 : 0;
                _vectors.Delete(key);
            }

            Advance(model, -sentences);
            return removed;
        });
    }

    public IReadOnlyList<string> Models() =>
        _gate.Locked(() => _state.FindAll().Select(d => d["_id"].AsString).Order(StringComparer.Ordinal).ToList());

    public int Count(string model) => _gate.Locked(() => (int)(_state.FindById(model)?["sentences"].AsInt64 ?? 0));

    public long Version(string model) => _gate.Locked(() => _state.FindById(model)?["version"].AsInt64 ?? 0);

    private void Advance(string model, int sentences)
    {
        BsonDocument? state = _state.FindById(model);
        _state.Upsert(new BsonDocument
        {
            ["_id"] = model,
            ["version"] = (state?["version"].AsInt64 ?? 0) + 1,
            ["sentences"] = Math.Max(0, (state?["sentences"].AsInt64 ?? 0) + sentences),
        });
    }

    private static BsonDocument Encode(string key, ArticleVectors v)
    {
        BsonDocument doc = Identify(key, v);
        doc["dims"] = v.Dimensions;
        doc["values"] = MemoryMarshal.AsBytes(v.Values.AsSpan()).ToArray();
        doc["scales"] = MemoryMarshal.AsBytes(v.Scales.AsSpan()).ToArray();
        return doc;
    }

    private static BsonDocument Summarise(string key, ArticleVectors v)
    {
        BsonDocument doc = Identify(key, v);
        doc["count"] = v.Count;
        return doc;
    }

    /// <summary>The fields a vectors document and its summary share: what they are keyed and found by, and the content hash.</summary>
    private static BsonDocument Identify(string key, ArticleVectors v) => new()
    {
        ["_id"] = key,
        ["model"] = v.Model,
        ["article"] = v.ArticleId,
        ["hash"] = v.ContentHash,
    };

    private static ArticleVectors Decode(BsonDocument doc, string model) => new(
        doc["article"].AsString,
        model,
        doc["hash"].AsString,
        doc["dims"].AsInt32,
        MemoryMarshal.Cast<byte, sbyte>(doc["values"].AsBinary).ToArray(),
        MemoryMarshal.Cast<byte, float>(doc["scales"].AsBinary).ToArray());
}
