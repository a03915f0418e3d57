using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Storage;
using Npgsql;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// Work done once across replicas. A chat event is claimed by inserting its keys (<c>seen_events</c>): the unique
/// key lets exactly one replica's insert through, and that replica answers. A lease (<c>leases</c>) is taken by an
/// upsert that only succeeds when the lease is free, expired, or already the caller's.
/// </summary>
public sealed partial class PostgresStore : ISeenEventStore, ILeaseStore
{
    public bool Remember(IReadOnlyList<string> keys, DateTimeOffset now, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(keys);
        string[] distinct = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return _db.InTransaction((connection, transaction) =>
        {
            var at = new NpgsqlParameter("now", now.ToUniversalTime());
            // Expired keys are dropped as new ones arrive (these keys first, so they can be claimed again), so the table stays small.
            using (NpgsqlCommand purge = Database.Command(connection, transaction, "DELETE FROM seen_events WHERE expires <= @now", at))
            {
                purge.ExecuteNonQuery();
            }

            using NpgsqlCommand claim = Database.Command(
                connection,
                transaction,
                "INSERT INTO seen_events (key, expires) SELECT unnest(@keys), @expires ON CONFLICT (key) DO NOTHING",
                new NpgsqlParameter("keys", distinct),
                new NpgsqlParameter("expires", expires.ToUniversalTime()));
            return claim.ExecuteNonQuery() == distinct.Length;
        });
    }

    public bool TryAcquireLease(string name, string holder, DateTimeOffset now, TimeSpan duration) =>
        _db.Execute(
            "INSERT INTO leases (name, holder, expires) VALUES (@name, @holder, @expires) " +
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires " +
            "WHERE leases.holder = excluded.holder OR leases.expires <= @now",
            new NpgsqlParameter("name", name),
            new NpgsqlParameter("holder", holder),
            new NpgsqlParameter("expires", (now + duration).ToUniversalTime()),
            new NpgsqlParameter("now", now.ToUniversalTime())) == 1;

    public void ReleaseLease(string name, string holder) =>
        _db.Execute("DELETE FROM leases WHERE name = @name AND holder = @holder", new NpgsqlParameter("name", name), new NpgsqlParameter("holder", holder));
}
