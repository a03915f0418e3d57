using DiplomacyBot.Core.Storage;
using Npgsql;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// The pooled data source and the few ways the stores talk to it. Each call takes a connection from the pool and
/// gives it back, so a connection broken while the database was away is never kept: the next call opens a new one.
/// A failure of the database reaches callers as a <see cref="StoreException"/> with the driver's message.
/// </summary>
internal sealed class Database(NpgsqlDataSource source) : IDisposable
{
    public NpgsqlDataSource Source => source;

    public int Execute(string sql, params NpgsqlParameter[] parameters) => Translated(() =>
    {
        using NpgsqlConnection connection = source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return command.ExecuteNonQuery();
    });

    public T? Scalar<T>(string sql, params NpgsqlParameter[] parameters) => Translated(() =>
    {
        using NpgsqlConnection connection = source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return command.ExecuteScalar() is T value ? value : default;
    });

    /// <summary>Every row the query returns, each read by <paramref name="read"/>, all read before the connection goes back.</summary>
    public List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params NpgsqlParameter[] parameters) => Translated(() =>
    {
        using NpgsqlConnection connection = source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        using NpgsqlDataReader reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    });

    /// <summary>
    /// A keyset-paged read of a large table: pages of <paramref name="pageSize"/> rows ordered by a text key, each page
    /// read on its own connection, so no connection is held while the caller works on a page.
    /// <paramref name="sql"/> takes <c>@after</c> and <c>@limit</c> and returns the key as its first column.
    /// </summary>
    public IEnumerable<T> Paged<T>(string sql, Func<NpgsqlDataReader, T> read, int pageSize, params NpgsqlParameter[] parameters)
    {
        string after = string.Empty;
        while (true)
        {
            var page = Query(sql, r => (Key: r.GetString(0), Row: read(r)), [.. parameters.Select(p => p.Clone()), new("after", after), new("limit", pageSize)]);
            foreach (var (_, row) in page)
            {
                yield return row;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1].Key;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public T InTransaction<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> work) => Translated(() =>
    {
        using NpgsqlConnection connection = source.OpenConnection();
        using NpgsqlTransaction transaction = connection.BeginTransaction();
        T result = work(connection, transaction);
        transaction.Commit();
        return result;
    });

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public void Dispose() => source.Dispose();

    /// <summary>The database's own errors as the store's: the caller need not know the provider.</summary>
    private static T Translated<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException(ex.Message, ex);
        }
    }
}
