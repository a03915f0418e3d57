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

    public IReadOnlyDictionary<string, string> NearDuplicateLinks()
    {
        lock (_gate)
        {
            var collection = _db.GetCollection(NearDuplicates);
            collection.EnsureIndex("original", "$.original");
            return collection.Find(Query.Not("original", BsonValue.Null))
                .ToDictionary(d => d["_id"].AsString, d => d["original"].AsString, StringComparer.Ordinal);
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
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }
}
