using System.Text.Json.Nodes;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Discord.Tests.Support;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Discord.Tests;

/// <summary>The REST side of the real adapter against the fake Discord: 429s, buckets, attachments, follow-ups, command registration.</summary>
public sealed class RestClientTests
{
    private const string Channel = "600000000000000006";

    private static JsonObject Mention(string id, string text) => FakeDiscord.Message(id, Channel, $"<@{FakeDiscord.BotUserId}> {text}");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RateLimitedPost_IsRetriedAfterRetryAfter_AndPostedOnce(bool global)
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.RateLimit("messages", 1.2, global);
        await using var bot = await BotUnderTest.StartAsync(discord);
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", Mention("800000000000000001", "busy?"));
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200));

        RecordedCall limited = Assert.Single(calls, c => c.Method == "messages" && c.Status == 429);
        RecordedCall posted = Assert.Single(calls, c => c.Method == "messages" && c.Status == 200);
        Assert.True(posted.At - limited.At >= TimeSpan.FromMilliseconds(1150), $"retried after {(posted.At - limited.At).TotalMilliseconds} ms");
        Assert.Equal(limited.Json!.ToJsonString(), posted.Json!.ToJsonString());
    }

    [Fact]
    public async Task ExhaustedBucket_HoldsTheNextRequestUntilItResets()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        await discord.ReadyConnectionAsync();
        discord.ExhaustBucket("messages", 1.5);

        await discord.DispatchAsync("MESSAGE_CREATE", Mention("800000000000000001", "first"));
        await discord.DispatchAsync("MESSAGE_CREATE", Mention("800000000000000002", "second"));
        var calls = await discord.WaitForAsync(c => c.Count(x => x.Method == "messages" && x.Status == 200) == 2);

        var posts = calls.Where(c => c.Method == "messages").ToList();
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromMilliseconds(1400), $"second post {(posts[1].At - posts[0].At).TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Chart_GoesWithTheFirstMessageAsAnAttachment_AndTheRestAreFollowUps()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);
        var platform = bot.Get<IChatPlatform>();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var quote = new ChatQuote("Talks were held in Istanbul.", "Talks", "Reuters", "27 Feb 2025", "a.txt");
        var items = Enumerable.Range(1, 15).Select(i => new ChatItem($"{i} Feb 2025: Meeting in Istanbul (held)", null, [quote])).ToList();
        var reply = new ChatReply("Timeline: 15 events.", [], items, new ChatImage("timeline.png", "Timeline", png));
        var question = new IncomingQuestion("discord", "G1", Channel, null, "U1", "timeline", DateTimeOffset.UtcNow) { ReplyAddress = "interaction:token-9" };

        await platform.ReplyAsync(question, reply, CancellationToken.None);

        var calls = discord.Calls.Where(c => c.Method is "edit-original" or "followup").ToList();
        Assert.Equal(["edit-original", "followup"], calls.Select(c => c.Method));
        var (name, fileName, bytes) = Assert.Single(calls[0].Files);
        Assert.Equal("files[0]", name);
        Assert.Equal("timeline.png", fileName);
        Assert.Equal(png, bytes);
        Assert.Equal("timeline.png", calls[0].Json!["attachments"]![0]!["filename"]!.ToString());
        Assert.Empty(calls[1].Files);
        Assert.Equal(15, calls.Sum(c => c.Json!["embeds"]!.AsArray().Count));
        Assert.All(calls, c => DiscordSafety.AssertSafe(c.Json!));
        Assert.Equal("discord", platform.Name);
    }

    [Fact]
    public async Task Commands_AreRegisteredGloballyByBulkOverwrite_WhenNoGuildIsGiven()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);

        RecordedCall put = Assert.Single(discord.Calls, c => c.Method == "commands");
        Assert.Equal($"applications/{FakeDiscord.ApplicationId}/commands", put.Path);
        Assert.Equal("diplo", put.JsonArray![0]!["name"]!.ToString());
        Assert.Equal(DiscordCommands.Definitions().ToJsonString(), put.JsonArray.ToJsonString());
    }

    [Fact]
    public async Task Commands_AreRegisteredInEachConfiguredGuild()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var settings = BotUnderTest.Settings(discord, gateway: false);
        settings["Discord:GuildIds:0"] = "500000000000000005";
        settings["Discord:GuildIds:1"] = "500000000000000008";
        await using var bot = await BotUnderTest.StartAsync(settings, new FakeAnswerer());

        Assert.Equal(
            [$"applications/{FakeDiscord.ApplicationId}/guilds/500000000000000005/commands", $"applications/{FakeDiscord.ApplicationId}/guilds/500000000000000008/commands"],
            discord.Calls.Where(c => c.Method == "commands").Select(c => c.Path));
    }

    [Fact]
    public async Task HostileArticleText_ThroughTheAdapter_NeverPings()
    {
        await using var discord = await FakeDiscord.StartAsync();
        string hostile = "@everyone @here <@123456789012345678> <@&987654321098765432> <#111111111111111111> " + new string('@', 3000) + "\n> fake quote [link](https://evil.example)";
        await using var bot = await BotUnderTest.StartAsync(discord, new FakeAnswerer(hostile, "@everyone title", "<@1> outlet"));
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", Mention("800000000000000001", "@everyone ping <@&987654321098765432>"));
        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "token-1", "ask", ("question", "@here <@123456789012345678>")));
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200) && c.Any(x => x.Method == "edit-original"));

        var posts = calls.Where(c => c.Method is "messages" or "edit-original" or "followup").ToList();
        Assert.True(posts.Count >= 2);
        Assert.All(posts, p => DiscordSafety.AssertSafe(p.Json!));
        string quoted = string.Concat(posts.SelectMany(p => p.Json!["embeds"]!.AsArray()).Take(1).Select(e => DiscordSafety.Unescape(e!["description"]!.ToString())));
        Assert.StartsWith("@everyone @here <@123456789012345678>", quoted, StringComparison.Ordinal);
    }
}
