using DiplomacyBot.Core.Storage;
using DiplomacyBot.Slack.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Slack.Tests;

/// <summary><c>serve</c> with the store-freshening parts switched on: the watched folder ingests, bad digest settings stop the start.</summary>
public sealed class FeedsWiringTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Serve_WithAWatchedFolder_IngestsAFileDroppedIntoIt()
    {
        var settings = BotUnderTest.Settings(null, SlackMode.SocketMode, temp.File("bot.db"));
        settings["Corpus:WatchFolder"] = temp.File("inbox");
        settings["Corpus:WatchSettleSeconds"] = "0";
        settings["Corpus:WatchScanSeconds"] = "0.2";
        settings["Corpus:SeedWhenEmpty"] = "false";
        await using BotUnderTest bot = await BotUnderTest.StartAsync(settings);
        Directory.CreateDirectory(temp.File("inbox"));

        await File.WriteAllTextAsync(Path.Combine(temp.File("inbox"), "talks.txt"),
            "Talks resume in Geneva\n\nGENEVA, Sept 28, 2025 (Reuters) - Negotiators met on Sunday for a third round of talks on the embassy dispute, officials said.\n");

        var store = bot.Get<IArticleStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (store.Get("talks") is null)
        {
            await Task.Delay(50, timeout.Token);
        }

        Assert.Equal("Talks resume in Geneva", store.Get("talks")!.Title);
    }

    [Fact]
    public async Task Serve_WithABadDigestSchedule_FailsAtStart_NamingTheKey()
    {
        var settings = BotUnderTest.Settings(null, SlackMode.SocketMode, temp.File("bot.db"));
        settings["Digest:Enabled"] = "true";
        settings["Digest:Schedule"] = "every morning";
        settings["Digest:Channels:0:Platform"] = "slack";
        settings["Digest:Channels:0:Channel"] = "C1";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(settings));

        Assert.Contains(error.Failures, f => f.StartsWith("Digest:Schedule 'every morning' is not a cron expression", StringComparison.Ordinal));
    }
}
