using DiplomacyBot.Core.Duplicates;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// Near-duplicate signatures and copy → original links (<c>near_duplicates</c>). Nothing is kept in memory: another
/// replica may link articles at any time, and a search asks only for the links of its hits, one indexed query.
/// </summary>
public sealed partial class PostgresStore : INearDuplicateStore
{
    private const string RecordColumns = "article_id, signature, content_hash, published, ingested_at, original_id, similarity";

    public IEnumerable<NearDuplicateRecord> NearDuplicateRecords() =>
        _db.Paged($"SELECT {RecordColumns} FROM near_duplicates WHERE article_id > @after ORDER BY article_id LIMIT @limit", ReadRecord, 1000);

    public IReadOnlyList<ulong>? NearDuplicateSignature(string articleId) =>
        _db.Query($"SELECT {RecordColumns} FROM near_duplicates WHERE article_id = @id", ReadRecord, new NpgsqlParameter("id", articleId)).FirstOrDefault()?.Signature;

    public IReadOnlyDictionary<string, string> NearDuplicateLinks() =>
        _db.Query("SELECT article_id, original_id FROM near_duplicates WHERE original_id IS NOT NULL", r => KeyValuePair.Create(r.GetString(0), r.GetString(1)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public bool HasNearDuplicateLinks() => _db.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM near_duplicates WHERE original_id IS NOT NULL)");

    public IReadOnlyDictionary<string, string> NearDuplicateOriginals(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return _db.Query(
                "SELECT article_id, original_id FROM near_duplicates WHERE article_id = ANY(@ids) AND original_id IS NOT NULL",
                r => KeyValuePair.Create(r.GetString(0), r.GetString(1)),
                new NpgsqlParameter("ids", articleIds.Distinct(StringComparer.Ordinal).ToArray()))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    public void SaveNearDuplicateRecords(IReadOnlyList<NearDuplicateRecord> records, IReadOnlyList<NearDuplicateRelink>? relinks = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0 && relinks is not { Count: > 0 })
        {
            return;
        }

        _db.InTransaction((connection, transaction) =>
        {
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (NearDuplicateRecord record in records)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    $"INSERT INTO near_duplicates ({RecordColumns}) VALUES (@id, @signature, @hash, @published, @ingested, @original, @similarity) " +
                    "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature, content_hash = excluded.content_hash, published = excluded.published, " +
                    "ingested_at = excluded.ingested_at, original_id = excluded.original_id, similarity = excluded.similarity")
                {
                    Parameters =
                    {
                        new NpgsqlParameter("id", record.ArticleId),
                        new NpgsqlParameter("signature", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = record.Signature is { } s ? s.Select(v => unchecked((long)v)).ToArray() : DBNull.Value },
                        new NpgsqlParameter("hash", record.ContentHash),
                        new NpgsqlParameter("published", NpgsqlDbType.Date) { Value = record.Published is { } d ? d : DBNull.Value },
                        new NpgsqlParameter("ingested", record.IngestedAt.ToUniversalTime()),
                        new NpgsqlParameter("original", NpgsqlDbType.Text) { Value = (object?)record.OriginalId ?? DBNull.Value },
                        new NpgsqlParameter("similarity", record.Similarity),
                    },
                });
            }

            foreach (NearDuplicateRelink relink in relinks ?? [])
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE near_duplicates SET original_id = @original, similarity = @similarity WHERE article_id = @id")
                {
                    Parameters =
                    {
                        new NpgsqlParameter("id", relink.ArticleId),
                        new NpgsqlParameter("original", NpgsqlDbType.Text) { Value = (object?)relink.OriginalId ?? DBNull.Value },
                        new NpgsqlParameter("similarity", relink.Similarity),
                    },
                });
            }

            batch.ExecuteNonQuery();
            return 0;
        });
    }

    private static NearDuplicateRecord ReadRecord(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.IsDBNull(1) ? null : r.GetFieldValue<long[]>(1).Select(v => unchecked((ulong)v)).ToArray(),
        r.GetString(2),
        r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
        r.GetFieldValue<DateTimeOffset>(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.GetDouble(6));
}
