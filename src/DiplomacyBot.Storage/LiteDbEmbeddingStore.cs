using System.Runtime.InteropServices;
using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// Sentence vectors in their own collection (<c>embeddings</c>) of the article store's file, one document per article
/// id, sentence index and model, so vectors of several models live side by side. Each batch is one transaction.
/// </summary>
public sealed class LiteDbEmbeddingStore : IEmbeddingStore
{
    private const string Embeddings = "embeddings";

    private readonly LiteDatabase _db;
    private readonly ILiteCollection<BsonDocument> _embeddings;

    public LiteDbEmbeddingStore(LiteDbArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _db = store.Database;
        _embeddings = _db.GetCollection(Embeddings);
        _embeddings.EnsureIndex("model", "$.model");
    }

    public static string KeyOf(string model, string articleId, int sentenceIndex) => $"{model}\u001f{articleId}\u001f{sentenceIndex}";

    public IReadOnlyDictionary<(string ArticleId, int SentenceIndex), string> Keys(string model)
    {
        var keys = new Dictionary<(string, int), string>();
        foreach (BsonDocument doc in _embeddings.Find(Query.EQ("model", model)))
        {
            keys[(doc["article"].AsString, doc["sentence"].AsInt32)] = doc["hash"].AsString;
        }

        return keys;
    }

    public IEnumerable<SentenceEmbedding> All(string model)
    {
        foreach (BsonDocument doc in _embeddings.Find(Query.EQ("model", model)))
        {
            byte[] bytes = doc["vector"].AsBinary;
            yield return new SentenceEmbedding(
                doc["article"].AsString,
                doc["sentence"].AsInt32,
                model,
                doc["hash"].AsString,
                MemoryMarshal.Cast<byte, float>(bytes).ToArray());
        }
    }

    public void Save(IReadOnlyList<SentenceEmbedding> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        _db.BeginTrans();
        try
        {
            foreach (SentenceEmbedding e in batch)
            {
                _embeddings.Upsert(new BsonDocument
                {
                    ["_id"] = KeyOf(e.Model, e.ArticleId, e.SentenceIndex),
                    ["model"] = e.Model,
                    ["article"] = e.ArticleId,
                    ["sentence"] = e.SentenceIndex,
                    ["hash"] = e.ContentHash,
                    ["dims"] = e.Vector.Length,
                    ["vector"] = MemoryMarshal.AsBytes(e.Vector.AsSpan()).ToArray(),
                });
            }

            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    public int Remove(string model, IReadOnlyCollection<(string ArticleId, int SentenceIndex)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        int removed = 0;
        _db.BeginTrans();
        try
        {
            foreach (var (articleId, sentence) in keys)
            {
                removed += _embeddings.Delete(KeyOf(model, articleId, sentence)) ? 1 : 0;
            }

            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }

        return removed;
    }

    public int Count(string model) => _embeddings.Count(Query.EQ("model", model));
}
