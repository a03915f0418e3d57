using System.Runtime.InteropServices;
using DiplomacyBot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// Sentence vectors in the shared database: one row per article and model in <c>vectors</c> (the quantised values and
/// scales as binary) and one per model in <c>vector_state</c> (version and total). A save or removal is one
/// transaction that first bumps the model's version, which locks its state row until the commit: replicas embedding
/// at once take turns, so the total stays exact and versions are committed in order. Each row keeps the version it was
/// saved at and each removal is logged (<c>vector_removals</c>), so another replica's vector index can catch up.
/// </summary>
public sealed class PostgresEmbeddingStore(PostgresStore store) : IEmbeddingStore
{
    private readonly Database _db = store.Db;

    public IReadOnlyDictionary<string, string> ContentHashes(string model) =>
        _db.Query("SELECT article_id, content_hash FROM vectors WHERE model = @model", r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), new NpgsqlParameter("model", model))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public IEnumerable<ArticleVectors> All(string model) =>
        _db.Paged(
            "SELECT article_id, content_hash, dimensions, vector_values, scales FROM vectors WHERE model = @model AND article_id > @after ORDER BY article_id LIMIT @limit",
            r => Read(r, model),
            512,
            new NpgsqlParameter("model", model));

    public ArticleVectors? Get(string model, string articleId) =>
        _db.Query(
            "SELECT article_id, content_hash, dimensions, vector_values, scales FROM vectors WHERE model = @model AND article_id = @id",
            r => Read(r, model),
            new NpgsqlParameter("model", model),
            new NpgsqlParameter("id", articleId)).FirstOrDefault();

    public void Save(IReadOnlyList<ArticleVectors> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        _db.InTransaction((connection, transaction) =>
        {
            foreach (var byModel in batch.GroupBy(v => v.Model, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                long version = Advance(connection, transaction, byModel.Key);
                var latest = byModel.GroupBy(v => v.ArticleId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
                using NpgsqlCommand before = Database.Command(
                    connection,
                    transaction,
                    "SELECT coalesce(sum(sentences), 0) FROM vectors WHERE model = @model AND article_id = ANY(@ids)",
                    new NpgsqlParameter("model", byModel.Key),
                    new NpgsqlParameter("ids", latest.Select(v => v.ArticleId).ToArray()));
                long replaced = (long)before.ExecuteScalar()!;
                using var batchCommand = new NpgsqlBatch(connection, transaction);
                foreach (ArticleVectors v in latest)
                {
                    batchCommand.BatchCommands.Add(new NpgsqlBatchCommand(
                        "INSERT INTO vectors (model, article_id, content_hash, dimensions, sentences, vector_values, scales, version) VALUES (@model, @id, @hash, @dims, @count, @values, @scales, @version) " +
                        "ON CONFLICT (model, article_id) DO UPDATE SET content_hash = excluded.content_hash, dimensions = excluded.dimensions, sentences = excluded.sentences, " +
                        "vector_values = excluded.vector_values, scales = excluded.scales, version = excluded.version")
                    {
                        Parameters =
                        {
                            new NpgsqlParameter("model", v.Model),
                            new NpgsqlParameter("id", v.ArticleId),
                            new NpgsqlParameter("hash", v.ContentHash),
                            new NpgsqlParameter("dims", v.Dimensions),
                            new NpgsqlParameter("count", v.Count),
                            new NpgsqlParameter("values", NpgsqlDbType.Bytea) { Value = MemoryMarshal.AsBytes(v.Values.AsSpan()).ToArray() },
                            new NpgsqlParameter("scales", NpgsqlDbType.Bytea) { Value = MemoryMarshal.AsBytes(v.Scales.AsSpan()).ToArray() },
                            new NpgsqlParameter("version", version),
                        },
                    });
                }

                batchCommand.ExecuteNonQuery();
                AddSentences(connection, transaction, byModel.Key, latest.Sum(v => (long)v.Count) - replaced);
            }

            return 0;
        });
    }

    public int Remove(string model, IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return 0;
        }

        return _db.InTransaction((connection, transaction) =>
        {
            long version = Advance(connection, transaction, model);
            using NpgsqlCommand delete = Database.Command(
                connection,
                transaction,
                "WITH gone AS (DELETE FROM vectors WHERE model = @model AND article_id = ANY(@ids) RETURNING article_id, sentences), " +
                "logged AS (INSERT INTO vector_removals (model, article_id, version) SELECT @model, article_id, @version FROM gone " +
                "ON CONFLICT (model, article_id) DO UPDATE SET version = excluded.version) " +
                "SELECT sentences FROM gone",
                new NpgsqlParameter("model", model),
                new NpgsqlParameter("ids", articleIds.Distinct(StringComparer.Ordinal).ToArray()),
                new NpgsqlParameter("version", version));
            int removed = 0;
            long sentences = 0;
            using (NpgsqlDataReader reader = delete.ExecuteReader())
            {
                while (reader.Read())
                {
                    removed++;
                    sentences += reader.GetInt32(0);
                }
            }

            AddSentences(connection, transaction, model, -sentences);
            return removed;
        });
    }

    public IReadOnlyList<string> Models() => _db.Query("SELECT model FROM vector_state ORDER BY model COLLATE \"C\"", r => r.GetString(0));

    public int Count(string model) => (int)_db.Scalar<long>("SELECT sentences FROM vector_state WHERE model = @model", new NpgsqlParameter("model", model));

    public long Version(string model) => _db.Scalar<long>("SELECT version FROM vector_state WHERE model = @model", new NpgsqlParameter("model", model));

    public VectorChanges ChangedSince(string model, long version)
    {
        var parameters = new[] { new NpgsqlParameter("model", model), new NpgsqlParameter("version", version) };
        return new VectorChanges(
            _db.Query("SELECT article_id FROM vectors WHERE model = @model AND version > @version", r => r.GetString(0), parameters),
            _db.Query("SELECT article_id FROM vector_removals WHERE model = @model AND version > @version", r => r.GetString(0), [.. parameters.Select(p => p.Clone())]));
    }

    /// <summary>Raises the model's version, locking its state row until the transaction ends; returns the new version.</summary>
    private static long Advance(NpgsqlConnection connection, NpgsqlTransaction transaction, string model)
    {
        using NpgsqlCommand command = Database.Command(
            connection,
            transaction,
            "INSERT INTO vector_state (model, version, sentences) VALUES (@model, 1, 0) ON CONFLICT (model) DO UPDATE SET version = vector_state.version + 1 RETURNING version",
            new NpgsqlParameter("model", model));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Moves the model's total; exact because the state row is locked since <see cref="Advance"/>.</summary>
    private static void AddSentences(NpgsqlConnection connection, NpgsqlTransaction transaction, string model, long delta)
    {
        using NpgsqlCommand command = Database.Command(
            connection,
            transaction,
            "UPDATE vector_state SET sentences = greatest(0, sentences + @delta) WHERE model = @model",
            new NpgsqlParameter("model", model),
            new NpgsqlParameter("delta", delta));
        command.ExecuteNonQuery();
    }

    private static ArticleVectors Read(NpgsqlDataReader r, string model) => new(
        r.GetString(0),
        model,
        r.GetString(1),
        r.GetInt32(2),
        MemoryMarshal.Cast<byte, sbyte>((byte[])r[3]).ToArray(),
        MemoryMarshal.Cast<byte, float>((byte[])r[4]).ToArray());
}
