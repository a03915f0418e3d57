namespace DiplomacyBot.Core.Storage;

/// <summary>
/// Configuration section "Storage": which store holds the articles and where. What only one provider reads (LiteDB's
/// shared mode and cache) is that provider's own.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string LiteDb = "LiteDb";

    public const string Postgres = "Postgres";

    /// <summary><see cref="LiteDb"/> (one file, <see cref="Path"/>) or <see cref="Postgres"/> (<see cref="ConnectionString"/>, shared by replicas).</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>The PostgreSQL connection string when <see cref="Provider"/> is Postgres; a secret (it may hold a password).</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every problem with these settings, each naming its key.</summary>
    public IEnumerable<string> Failures()
    {
        if (!IsPostgres && !string.Equals(Provider, LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Storage:Provider must be {LiteDb} or {Postgres}";
        }
        else if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Storage:ConnectionString is required when Storage:Provider is Postgres";
        }
    }

    /// <summary>The LiteDB file. The Lucene index lives beside it, in "&lt;Path&gt;.index/".</summary>
    public string Path { get; set; } = "data/diplomacybot.db";

    /// <summary>How often <c>serve</c> checks that the store answers (for <c>/readyz</c>) and whether another process stored articles its index lacks.</summary>
    public int CheckSeconds { get; set; } = 5;
}
