using DiplomacyBot.Core.Articles;
using DiplomacyBot.Storage.Postgres;
using DiplomacyBot.Testing;
using Npgsql;

namespace DiplomacyBot.Storage.Tests;

/// <summary>What only a store that several replicas share must do: migrate safely, and let them see and divide each other's work.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresCluster cluster)
{
    private string Schema()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.NewSchema();
    }

    [SkippableFact]
    public void Migrations_AppliedTwice_ApplyNothingTheSecondTime()
    {
        string connectionString = Schema();
        using var source = NpgsqlDataSource.Create(connectionString);

        Assert.Equal(0, PostgresMigrations.Version(source));
        Assert.Equal(PostgresMigrations.Latest, PostgresMigrations.Apply(source));
        Assert.Equal(0, PostgresMigrations.Apply(source));
        Assert.Equal(PostgresMigrations.Latest, PostgresMigrations.Version(source));
        using var store = new PostgresStore(connectionString);
        Assert.Equal(0, store.Generation);
    }

    [SkippableFact]
    public async Task Migrations_ByReplicasStartingTogether_AreAppliedOnce()
    {
        string connectionString = Schema();

        PostgresStore[] stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new PostgresStore(connectionString))));

        using var source = NpgsqlDataSource.Create(connectionString);
        Assert.Equal(PostgresMigrations.Latest, PostgresMigrations.Version(source));
        await using NpgsqlCommand count = source.CreateCommand("SELECT count(*) FROM schema_version");
        Assert.Equal((long)PostgresMigrations.Latest, await count.ExecuteScalarAsync());
        foreach (PostgresStore store in stores)
        {
            store.Save([TestArticles.Make(Guid.NewGuid().ToString("N"), "Text.")]);
            store.Dispose();
        }
    }

    [SkippableFact]
    public void TwoReplicas_SeeEachOthersGenerationAndChanges()
    {
        string connectionString = Schema();
        using var one = new PostgresStore(connectionString);
        using var two = new PostgresStore(connectionString);

        long first = one.Save([TestArticles.Make("a", "One.")]);
        Assert.Equal(first, two.Generation);
        long second = two.Save([TestArticles.Make("b", "Two.")]);

        Assert.True(second > first);
        Assert.Equal(second, one.Generation);
        Assert.Equal(["b"], one.ChangedSince(first));
        Assert.Equal("Two.", one.Get("b")!.OriginalText);
    }

    [SkippableFact]
    public async Task ConcurrentSaves_CommitTheirGenerationsInOrder()
    {
        string connectionString = Schema();
        using var one = new PostgresStore(connectionString);
        using var two = new PostgresStore(connectionString);
        Article[] articles = Enumerable.Range(0, 40).Select(i => TestArticles.Make($"n{i:D2}", $"Number {i}.")).ToArray();

        long[] generations = await Task.WhenAll(articles.Select((a, i) => Task.Run(() => (i % 2 == 0 ? one : two).Save([a]))));

        Assert.Equal(Enumerable.Range(1, 40).Select(g => (long)g), generations.Order());
        Assert.Equal(40, one.Generation);
        Assert.Equal(40, two.Count);
    }

    [SkippableFact]
    public async Task AChatEventClaimedByTwoReplicasAtOnce_IsWonByExactlyOne()
    {
        string connectionString = Schema();
        using var one = new PostgresStore(connectionString);
        using var two = new PostgresStore(connectionString);
        DateTimeOffset now = DateTimeOffset.UtcNow;

        for (int i = 0; i < 25; i++)
        {
            string[] keys = [$"event:{i}", $"msg:C1:{i}.0"];
            bool[] won = await Task.WhenAll(
                Task.Run(() => one.Remember(keys, now, now.AddMinutes(15))),
                Task.Run(() => two.Remember(keys, now, now.AddMinutes(15))));

            Assert.Equal(1, won.Count(w => w));
        }
    }

    [SkippableFact]
    public void AFeedLease_IsTakenOverByAnotherReplica_OnceItsHolderLetItExpire()
    {
        string connectionString = Schema();
        using var one = new PostgresStore(connectionString);
        using var two = new PostgresStore(connectionString);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var lease = TimeSpan.FromMinutes(5);

        Assert.True(one.TryAcquireLease("feed:https://example.org/rss", "replica-1", now, lease));
        Assert.False(two.TryAcquireLease("feed:https://example.org/rss", "replica-2", now.AddMinutes(4), lease));
        Assert.True(two.TryAcquireLease("feed:https://example.org/rss", "replica-2", now.AddMinutes(6), lease));
        Assert.False(one.TryAcquireLease("feed:https://example.org/rss", "replica-1", now.AddMinutes(7), lease));
    }

    [SkippableFact]
    public void AStoreWhoseConnectionsWereCut_AnswersAgain_WithoutBeingReopened()
    {
        string connectionString = Schema();
        using var store = new PostgresStore(connectionString);
        store.Save([TestArticles.Make("a", "One.")]);

        using (var admin = new NpgsqlConnection(cluster.ConnectionString()))
        {
            admin.Open();
            using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database()", admin);
            kill.ExecuteNonQuery();
        }

        Assert.Null(store.Unavailable());
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void AnUnreachableDatabase_IsReportedWithoutThePassword()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new PostgresStore("Host=127.0.0.1;Port=1;Username=bot;Password=s3cret-word;Database=news;Timeout=2"));

        Assert.DoesNotContain("s3cret-word", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("PostgreSQL database news on 127.0.0.1:1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedConnectionString_IsReportedWithoutItsContent()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new PostgresStore("Host=h;Password=s3cret-word;NoSuchKey=1"));

        Assert.DoesNotContain("s3cret-word", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectionString", ex.Message, StringComparison.Ordinal);
    }
}
