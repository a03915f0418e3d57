using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// The system of record in a PostgreSQL database that several bot replicas share. Each <see cref="Save"/> is one
/// transaction that takes the next store generation from the single <c>store_state</c> row and stamps it on every
/// article it writes; the row stays locked until the commit, so generations are committed in order and any replica
/// can ask which articles changed after the generation its index reflects (<see cref="ChangedSince"/>). The schema is
/// migrated when the store opens.
/// </summary>
public sealed partial class PostgresStore : IBotStore
{
    private const int PageSize = 500;

    private readonly Database _db;

    /// <param name="connectionString">Never logged nor put in a message: <see cref="Location"/> names the database instead.</param>
    public PostgresStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Location = PostgresStorage.Describe(connectionString);
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the string, password and all.
            throw new InvalidOperationException("Storage:ConnectionString is not a valid PostgreSQL connection string");
        }

        _db = new Database(source);
        try
        {
            PostgresMigrations.Apply(source);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            _db.Dispose();
            throw new InvalidOperationException($"cannot open the store ({Location}): {ex.Message}", ex);
        }
    }

    public string Location { get; }

    internal Database Db => _db;

    public long Generation => _db.Scalar<long>("SELECT generation FROM store_state WHERE id = 1");

    public int Count => (int)_db.Scalar<long>("SELECT count(*) FROM articles");

    public bool IsEmpty => _db.Scalar<bool>("SELECT NOT EXISTS (SELECT 1 FROM articles)");

    /// <summary>
    /// Asks the database; a failure empties the pool (its idle connections may all have been cut while the database
    /// was away) and asks once more on a new connection, so a database that is back is reported at once.
    /// </summary>
    public string? Unavailable()
    {
        for (int attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                _db.Scalar<int>("SELECT 1");
                return null;
            }
            catch (Exception ex) when (ex is StoreException or NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
            {
                _db.Source.Clear();
            }
        }

        return $"the database does not answer ({Location})";
    }

    public Article? Get(string id) =>
        _db.Query("SELECT body FROM articles WHERE id = @id", r => StoredJson.Article((byte[])r[0]), new NpgsqlParameter("id", id)).FirstOrDefault();

    public IReadOnlyDictionary<string, Article> GetMany(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, Article>(StringComparer.Ordinal);
        }

        return _db.Query("SELECT body FROM articles WHERE id = ANY(@ids)", r => StoredJson.Article((byte[])r[0]), new NpgsqlParameter("ids", ids.Distinct(StringComparer.Ordinal).ToArray()))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public IEnumerable<Article> All() =>
        _db.Paged("SELECT id, body FROM articles WHERE id > @after ORDER BY id LIMIT @limit", r => StoredJson.Article((byte[])r[1]), PageSize);

    public IReadOnlyList<string> PublishedBetween(DateOnly? first, DateOnly? last, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        return _db.Query(
            "SELECT id FROM articles WHERE published IS NOT NULL AND (@first::date IS NULL OR published >= @first) AND (@last::date IS NULL OR published <= @last) " +
            "ORDER BY published DESC, id LIMIT @limit",
            r => r.GetString(0),
            new NpgsqlParameter("first", NpgsqlDbType.Date) { Value = first is { } f ? f : DBNull.Value },
            new NpgsqlParameter("last", NpgsqlDbType.Date) { Value = last is { } l ? l : DBNull.Value },
            new NpgsqlParameter("limit", limit));
    }

    public IReadOnlyDictionary<string, string> ContentHashes() =>
        EnumerateContentHashes().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, string>> EnumerateContentHashes() =>
        _db.Paged("SELECT id, content_hash FROM articles WHERE id > @after ORDER BY id LIMIT @limit", r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), 5000);

    public IReadOnlyCollection<string> ChangedSince(long generation) =>
        _db.Query("SELECT id FROM articles WHERE generation > @generation", r => r.GetString(0), new NpgsqlParameter("generation", generation));

    public long Save(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // Encoded before the transaction, so the generation row is locked only while writing.
        var rows = articles.Select(a => (a.Id, Published: a.Published.Value, a.ContentHash, Body: StoredJson.Article(a))).ToList();
        return _db.InTransaction((connection, transaction) =>
        {
            using NpgsqlCommand next = Database.Command(connection, transaction, "UPDATE store_state SET generation = generation + 1 WHERE id = 1 RETURNING generation");
            long generation = (long)next.ExecuteScalar()!;
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var row in rows)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    "INSERT INTO articles (id, published, content_hash, generation, body) VALUES (@id, @published, @hash, @generation, @body) " +
                    "ON CONFLICT (id) DO UPDATE SET published = excluded.published, content_hash = excluded.content_hash, generation = excluded.generation, body = excluded.body")
                {
                    Parameters =
                    {
                        new NpgsqlParameter("id", row.Id),
                        new NpgsqlParameter("published", NpgsqlDbType.Date) { Value = row.Published is { } d ? d : DBNull.Value },
                        new NpgsqlParameter("hash", row.ContentHash),
                        new NpgsqlParameter("generation", generation),
                        new NpgsqlParameter("body", NpgsqlDbType.Bytea) { Value = row.Body },
                    },
                });
            }

            if (batch.BatchCommands.Count > 0)
            {
                batch.ExecuteNonQuery();
            }

            return generation;
        });
    }

    public void Dispose() => _db.Dispose();
}
