using DiplomacyBot.Core.Duplicates;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Near-duplicate signatures and copy → original links, in the <c>near_duplicates</c> collection.</summary>
public sealed partial class LiteDbArticleStore : INearDuplicateStore
{
    private const string NearDuplicates = "near_duplicates";

    public IReadOnlyList<NearDuplicateRecord> NearDuplicateRecords()
    {
        lock (_gate)
        {
            return _db.GetCollection(NearDuplicates).FindAll().Select(NearDuplicateBson.FromDocument).ToList();
        }
    }

    /// <summary>The links as last read, and the store generation they were read at.</summary>
    private (long Generation, IReadOnlyDictionary<string, string> Links)? _links;

    /// <summary>
    /// Copy → original, for every linked copy. Every search asks for them, so they are kept in memory and read again
    /// only after this store saved links or the store generation moved (another process ingested).
    /// </summary>
    public IReadOnlyDictionary<string, string> NearDuplicateLinks()
    {
        lock (_gate)
        {
            long generation = _settings.FindById(GenerationKey)?["value"].AsInt64 ?? 0;
            if (_links is { } cached && cached.Generation == generation)
            {
                return cached.Links;
            }

            var collection = _db.GetCollection(NearDuplicates);
            collection.EnsureIndex("original", "$.original");
            var links = collection.Find(Query.Not("original", BsonValue.Null))
                .ToDictionary(d => d["_id"].AsString, d => d["original"].AsString, StringComparer.Ordinal);
            _links = (generation, links);
            return links;
        }
    }

    public void SaveNearDuplicateRecords(IReadOnlyList<NearDuplicateRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            var collection = _db.GetCollection(NearDuplicates);
            _db.BeginTrans();
            try
            {
                foreach (NearDuplicateRecord record in records)
                {
                    collection.Upsert(NearDuplicateBson.ToDocument(record));
                }

                _db.Commit();
                _links = null;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }
}
