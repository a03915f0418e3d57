using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DiplomacyBot.Testing;
using Npgsql;

namespace DiplomacyBot.Tests;

/// <summary><c>serve</c> on PostgreSQL as a child process: <c>/readyz</c> follows the database as it goes away and comes back.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServeReadinessTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder temp = new();

    [SkippableFact]
    public async Task Readyz_IsNotReadyWhileTheDatabaseRefusesConnections_AndReadyAgainWhenItAccepts()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        string connectionString = cluster.NewDatabase();
        string database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        int port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["DIPLOMACYBOT_Storage__Provider"] = "Postgres",
            ["DIPLOMACYBOT_Storage__ConnectionString"] = connectionString + ";Timeout=3",
            ["DIPLOMACYBOT_Storage__CheckSeconds"] = "1",
            ["DIPLOMACYBOT_Search__IndexPath"] = temp.File("replica.index"),
            ["DIPLOMACYBOT_Embeddings__Provider"] = "none",
            ["DIPLOMACYBOT_Feeds__Enabled"] = "false",
        };
        using var serve = Process.Start(BotProcess.StartInfo(temp.Path, environment, "serve", "--urls", $"http://127.0.0.1:{port}"))!;
        _ = serve.StandardOutput.ReadToEndAsync();
        Task<string> log = serve.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            Assert.Contains("\"store\":\"ready\"", await ReadyzWhen(http, HttpStatusCode.OK), StringComparison.Ordinal);

            cluster.Admin($"ALTER DATABASE {database} ALLOW_CONNECTIONS false");
            cluster.Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
            Assert.Contains($"the database does not answer (PostgreSQL database {database} on 127.0.0.1:{cluster.Port})", await ReadyzWhen(http, HttpStatusCode.ServiceUnavailable), StringComparison.Ordinal);

            cluster.Admin($"ALTER DATABASE {database} ALLOW_CONNECTIONS true");
            Assert.Contains("\"store\":\"ready\"", await ReadyzWhen(http, HttpStatusCode.OK), StringComparison.Ordinal);
        }
        finally
        {
            cluster.Admin($"ALTER DATABASE {database} ALLOW_CONNECTIONS true");
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }

        Assert.Contains("The store answers again", await log, StringComparison.Ordinal);
    }

    /// <summary>Polls <c>/readyz</c> until it answers with <paramref name="status"/> (a minute at most); returns that body.</summary>
    private static async Task<string> ReadyzWhen(HttpClient http, HttpStatusCode status)
    {
        var deadline = Stopwatch.StartNew();
        string last = "no answer";
        while (deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri("readyz", UriKind.Relative));
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == status)
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/readyz never answered {(int)status}; last: {last}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => temp.Dispose();
}
