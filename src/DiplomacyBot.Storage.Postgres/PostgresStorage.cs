using DiplomacyBot.Core.Storage;
using Npgsql;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>Opens the PostgreSQL provider: the store several replicas share, its schema brought up to date first.</summary>
public static class PostgresStorage
{
    public static StoreSet Open(string connectionString)
    {
        var store = new PostgresStore(connectionString);
        return new StoreSet(store, new PostgresEmbeddingStore(store));
    }

    /// <summary>The database and where it is, for messages: never the password or any other setting.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host ?? "localhost"}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL database (unreadable connection string)";
        }
    }
}
