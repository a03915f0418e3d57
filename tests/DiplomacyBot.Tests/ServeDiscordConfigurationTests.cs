using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary><c>serve</c> as a child process with Slack and Discord configured from the environment: bad keys stop it with exit code 2, named, and no secret echoed.</summary>
public sealed class ServeDiscordConfigurationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Serve_WithBadDiscordKeysInTheEnvironment_ExitsWith2NamingEachKey_WithoutTheToken()
    {
        var env = new Dictionary<string, string>
        {
            ["DIPLOMACYBOT_Storage__Path"] = _temp.File("bot.db"),
            ["DIPLOMACYBOT_Http__Urls"] = "http://127.0.0.1:0",
            ["DIPLOMACYBOT_Discord__Enabled"] = "true",
            ["DIPLOMACYBOT_Discord__BotToken"] = "Bot do-not-print-this-token",
            ["DIPLOMACYBOT_Discord__Gateway"] = "false",
        };

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["serve"], environment: env);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Discord:BotToken must be the token alone (no \"Bot \" prefix, no spaces)", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("error: Discord:ApplicationId is required when Discord:Enabled is true", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("error: Discord:PublicKey is required when Discord:Gateway is false", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-print-this-token", run.StdErr + run.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DIPLOMACYBOT_Slack__Channels__C0123", "always", "error: Slack:Channels:C0123 must be mention or auto")]
    [InlineData("DIPLOMACYBOT_Slack__Channels", "auto", "error: Slack:Channels must list channel ids, each set to mention or auto (Slack:Channels:CHANNEL_ID)")]
    [InlineData("DIPLOMACYBOT_Discord__Channels__600000000000000006", "everything", "error: Discord:Channels:600000000000000006 must be mention or auto")]
    public async Task Serve_WithABadChannelMode_StopsWithOneErrorLineNamingTheKey(string variable, string value, string error)
    {
        var env = new Dictionary<string, string>
        {
            ["DIPLOMACYBOT_Storage__Path"] = _temp.File("bot.db"),
            ["DIPLOMACYBOT_Http__Urls"] = "http://127.0.0.1:0",
            ["DIPLOMACYBOT_Corpus__SeedWhenEmpty"] = "false",
            ["DIPLOMACYBOT_Embeddings__Provider"] = "none",
            ["DIPLOMACYBOT_Slack__Enabled"] = "true",
            ["DIPLOMACYBOT_Slack__BotToken"] = "xoxb-do-not-print-this",
            ["DIPLOMACYBOT_Slack__AppToken"] = "xapp-do-not-print-this",
            ["DIPLOMACYBOT_Discord__Enabled"] = "true",
            ["DIPLOMACYBOT_Discord__BotToken"] = "do-not-print-this-token",
            ["DIPLOMACYBOT_Discord__ApplicationId"] = "100000000000000001",
            [variable] = value,
        };

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["serve"], environment: env);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([error], run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)));
        Assert.DoesNotContain("do-not-print-this", run.StdErr + run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_OnAPortInUse_PrintsOneCleanErrorLine_WithoutAStackTrace()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var env = new Dictionary<string, string>
        {
            ["DIPLOMACYBOT_Storage__Path"] = _temp.File("bot.db"),
            ["DIPLOMACYBOT_Corpus__SeedWhenEmpty"] = "false",
            ["DIPLOMACYBOT_Embeddings__Provider"] = "none",
        };

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["serve", "--urls", $"http://127.0.0.1:{port}"], environment: env);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: Failed to bind to address http://127.0.0.1:{port}", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal);
        Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("address already in use", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
