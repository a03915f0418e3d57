using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary>The command line on the PostgreSQL provider: two replicas, each with its own index, over one database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCommandLineTests(PostgresCluster cluster) : IDisposable
{
    private const string Password = "not-to-be-shown";

    private readonly TempFolder temp = new();

    private Dictionary<string, string> Replica(string connectionString, string name) => new()
    {
        ["DIPLOMACYBOT_Storage__Provider"] = "Postgres",
        ["DIPLOMACYBOT_Storage__ConnectionString"] = connectionString + $";Password={Password}",
        ["DIPLOMACYBOT_Search__IndexPath"] = temp.File(name + ".index"),
        ["DIPLOMACYBOT_Embeddings__Provider"] = "none",
    };

    private async Task<BotRun> Run(Dictionary<string, string> environment, params string[] args)
    {
        BotRun run = await BotProcess.RunAsync(temp.Path, args, environment: environment);
        Assert.DoesNotContain(Password, run.StdOut + run.StdErr, StringComparison.Ordinal);
        return run;
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public async Task Commands_WorkOnTheSharedDatabase_AndAReplicaCatchesUpWithAnotherOnesIngest()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        string database = cluster.NewSchema();
        Dictionary<string, string> one = Replica(database, "one"), two = Replica(database, "two");

        BotRun ingested = await Run(one, "ingest", SampleCorpus.Folder);
        Assert.Equal(0, ingested.ExitCode);
        Assert.Contains("the store holds 5 articles", ingested.StdOut, StringComparison.Ordinal);

        BotRun asked = await Run(two, "ask", "--json", "When is the third round?");
        Assert.Equal(0, asked.ExitCode);
        Assert.Equal("answered", JsonDocument.Parse(asked.StdOut).RootElement.GetProperty("outcome").GetString());
        Assert.Contains("Rebuilt the search index from the store (5 articles)", asked.StdErr, StringComparison.Ordinal);

        File.WriteAllText(temp.File("geneva.txt"), "Wheat talks\n\nOn March 3, 2025 the delegations met in Geneva for a fourth round of talks about wheat exports.\n");
        Assert.Equal(0, (await Run(two, "ingest", temp.File("geneva.txt"))).ExitCode);

        BotRun caughtUp = await Run(one, "ask", "--json", "When did the delegations meet in Geneva about wheat?");
        Assert.Equal("geneva", JsonDocument.Parse(caughtUp.StdOut).RootElement.GetProperty("citations")[0].GetProperty("article_id").GetString());
        Assert.DoesNotContain("Rebuilt the search index", caughtUp.StdErr, StringComparison.Ordinal);

        BotRun sources = await Run(one, "sources", "--json");
        Assert.Equal(6, JsonDocument.Parse(sources.StdOut).RootElement.GetArrayLength());
        Assert.Equal(0, (await Run(two, "timeline", "--json")).ExitCode);
        Assert.Contains("0 feeds.", (await Run(two, "feeds", "list")).StdOut, StringComparison.Ordinal);
        Assert.Contains("reindexed 6 articles", (await Run(one, "reindex")).StdOut, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MigrateStore_CopiesALiteDbStoreIntoPostgres_AndASecondRunCopiesNothing()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        string database = cluster.NewSchema();
        var lite = new Dictionary<string, string> { ["DIPLOMACYBOT_Embeddings__Provider"] = "none" };
        Assert.Equal(0, (await Run(lite, "ingest", "--db", temp.File("old.db"), SampleCorpus.Folder)).ExitCode);
        var target = new Dictionary<string, string> { ["DIPLOMACYBOT_Storage__ConnectionString"] = database + $";Password={Password}" };

        BotRun first = await Run(target, "migrate-store", "--from", temp.File("old.db"));
        BotRun second = await Run(target, "migrate-store", "--from", temp.File("old.db"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("copied 5 articles, 5 near-duplicate records", first.StdOut, StringComparison.Ordinal);
        Assert.Contains("copied 0 articles, 0 near-duplicate records, 0 articles' vectors, 0 feeds, 0 state values, 0 chat answers and 0 ratings", second.StdOut, StringComparison.Ordinal);
        Assert.Contains("it holds 5 articles", second.StdOut, StringComparison.Ordinal);
        BotRun sources = await Run(Replica(database, "one"), "sources", "--json");
        Assert.Equal(5, JsonDocument.Parse(sources.StdOut).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task APostgresProviderWithoutAConnectionString_StopsWithTheKeyNamed()
    {
        var environment = new Dictionary<string, string> { ["DIPLOMACYBOT_Storage__Provider"] = "Postgres" };

        BotRun run = await Run(environment, "sources");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Storage:ConnectionString is required when Storage:Provider is Postgres", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbOnTheCommandLine_WorksOnThatLiteDbFile_WhateverProviderIsConfigured()
    {
        var environment = new Dictionary<string, string>
        {
            ["DIPLOMACYBOT_Storage__Provider"] = "Postgres",
            ["DIPLOMACYBOT_Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Timeout=1",
            ["DIPLOMACYBOT_Embeddings__Provider"] = "none",
        };

        BotRun run = await Run(environment, "sources", "--json", "--db", temp.File("local.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(run.StdOut).RootElement.GetArrayLength());
        Assert.True(Directory.Exists(temp.File("local.db.index")));
    }

    public void Dispose() => temp.Dispose();
}
