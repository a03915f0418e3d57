using DiplomacyBot.Core.Storage;
using Npgsql;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// The schema, as numbered steps recorded in <c>schema_version</c>. Applying them is idempotent and safe when several
/// replicas start together: each takes a transaction-scoped advisory lock first, so one applies the missing steps and
/// the others, once it commits, find nothing left to do. A step is never edited once released; a change is a new step.
/// </summary>
public static class PostgresMigrations
{
    /// <summary>The advisory lock key every replica takes around migration ("DiplBot1" as a number).</summary>
    public const long LockKey = 0x4469706C426F7431;

    private static readonly string[] Steps =
    [
        // 1: every table of the system of record.
        """
        CREATE TABLE store_state (id int PRIMARY KEY CHECK (id = 1), generation bigint NOT NULL);
        INSERT INTO store_state (id, generation) VALUES (1, 0);
        CREATE TABLE articles (
            id text COLLATE "C" PRIMARY KEY,
            published date,
            content_hash text NOT NULL,
            generation bigint NOT NULL,
            body bytea NOT NULL);
        CREATE INDEX articles_generation ON articles (generation);
        CREATE INDEX articles_published ON articles (published) WHERE published IS NOT NULL;
        CREATE TABLE near_duplicates (
            article_id text COLLATE "C" PRIMARY KEY,
            signature bigint[],
            content_hash text NOT NULL,
            published date,
            ingested_at timestamptz NOT NULL,
            original_id text,
            similarity double precision NOT NULL DEFAULT 0);
        CREATE INDEX near_duplicates_original ON near_duplicates (original_id) WHERE original_id IS NOT NULL;
        CREATE TABLE vectors (
            model text NOT NULL,
            article_id text COLLATE "C" NOT NULL,
            content_hash text NOT NULL,
            dimensions int NOT NULL,
            sentences int NOT NULL,
            vector_values bytea NOT NULL,
            scales bytea NOT NULL,
            PRIMARY KEY (model, article_id));
        CREATE TABLE vector_state (model text PRIMARY KEY, version bigint NOT NULL, sentences bigint NOT NULL);
        CREATE TABLE feeds (url text PRIMARY KEY, added_at timestamptz NOT NULL, state jsonb NOT NULL);
        CREATE TABLE bot_state (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE seen_events (key text PRIMARY KEY, expires timestamptz NOT NULL);
        CREATE INDEX seen_events_expires ON seen_events (expires);
        CREATE TABLE leases (name text PRIMARY KEY, holder text NOT NULL, expires timestamptz NOT NULL);
        """,

        // 2: a change log of vectors (the version each was saved at, and what was removed when), so a replica's
        // vector index catches up with another's embedding without a rebuild.
        """
        ALTER TABLE vectors ADD COLUMN version bigint NOT NULL DEFAULT 0;
        CREATE INDEX vectors_version ON vectors (model, version);
        CREATE TABLE vector_removals (
            model text NOT NULL,
            article_id text COLLATE "C" NOT NULL,
            version bigint NOT NULL,
            PRIMARY KEY (model, article_id));
        CREATE INDEX vector_removals_version ON vector_removals (model, version);
        """,

        // 3: the conversations in chat: the answers given (found by id, by thread and by the message answered, with
        // the expiry of their context) and one rating per user and answer.
        """
        CREATE TABLE chat_answers (
            id text PRIMARY KEY,
            platform text NOT NULL,
            channel text NOT NULL,
            thread text,
            question_message text,
            answered_at timestamptz NOT NULL,
            expires timestamptz NOT NULL,
            body jsonb NOT NULL);
        CREATE INDEX chat_answers_thread ON chat_answers (platform, channel, thread, answered_at) WHERE thread IS NOT NULL;
        CREATE INDEX chat_answers_message ON chat_answers (platform, channel, question_message, answered_at) WHERE question_message IS NOT NULL;
        CREATE INDEX chat_answers_expires ON chat_answers (expires);
        CREATE TABLE chat_feedback (
            answer_id text NOT NULL,
            user_id text NOT NULL,
            at timestamptz NOT NULL,
            body jsonb NOT NULL,
            PRIMARY KEY (answer_id, user_id));
        CREATE INDEX chat_feedback_at ON chat_feedback (at);
        """,

        // 4: the messages the bot posted with each answer, so that a thread started from one of them continues it.
        """
        ALTER TABLE chat_answers ADD COLUMN posted text[] NOT NULL DEFAULT '{}';
        CREATE INDEX chat_answers_posted ON chat_answers USING GIN (posted);
        """,
    ];

    /// <summary>The version a fully migrated database is at.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Applies the steps the database lacks; returns how many it applied (0 when it was up to date).</summary>
    public static int Apply(NpgsqlDataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using NpgsqlConnection connection = source.OpenConnection();
        using NpgsqlTransaction transaction = connection.BeginTransaction();
        Run(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey})");
        Run(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
        int version = Convert.ToInt32(current.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Steps.Length)
        {
            throw new StoreException($"the database's schema is at version {version}, newer than this program knows ({Steps.Length}); update the program");
        }

        for (int step = version + 1; step <= Steps.Length; step++)
        {
            Run(connection, transaction, Steps[step - 1]);
            Run(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({step})");
        }

        transaction.Commit();
        return Steps.Length - version;
    }

    /// <summary>The version the database is at (0 before any step).</summary>
    public static int Version(NpgsqlDataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using NpgsqlConnection connection = source.OpenConnection();
        using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        if (exists.ExecuteScalar() is not true)
        {
            return 0;
        }

        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
