using System.Text.Json.Nodes;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Discord.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Discord.Tests;

/// <summary>The real adapter inside the real <c>serve</c> host, against a fake Discord gateway and REST API over real sockets.</summary>
public sealed class GatewayTests
{
    private const string Channel = "600000000000000006";

    private static string Mention(string text) => $"<@{FakeDiscord.BotUserId}> {text}";

    private static Task<IReadOnlyList<RecordedCall>> WaitForPostAsync(FakeDiscord discord, string text) =>
        discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200 && DiscordSafety.Unescape(x["content"] ?? string.Empty).Contains(text, StringComparison.Ordinal)));

    private static int PostsContaining(FakeDiscord discord, string text) =>
        discord.Posts().Count(p => DiscordSafety.Unescape(p["content"] ?? string.Empty).Contains(text, StringComparison.Ordinal));

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (int i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), what);
    }

    [Fact]
    public async Task Mention_IsAnsweredAsAReplyWithAQuoteEmbed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        FakeGatewayConnection connection = await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, Mention("When is the third round?")));
        var calls = await WaitForPostAsync(discord, "Answer to: When is the third round?");

        JsonObject identify = (await connection.WaitForOpAsync(2))["d"]!.AsObject();
        Assert.Equal(FakeDiscord.BotToken, identify["token"]!.ToString());
        Assert.Equal((1 << 9) | (1 << 12) | (1 << 15), (int)identify["intents"]!);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("compress", connection.Query, StringComparison.Ordinal);

        RecordedCall post = Assert.Single(calls, c => c.Method == "messages");
        Assert.Equal($"channels/{Channel}/messages", post.Path);
        Assert.Equal($"Bot {FakeDiscord.BotToken}", post.Authorization);
        Assert.StartsWith("DiscordBot (", post.UserAgent, StringComparison.Ordinal);
        Assert.Equal("800000000000000001", post.Json!["message_reference"]!["message_id"]!.ToString());
        JsonObject embed = post.Json["embeds"]![0]!.AsObject();
        Assert.Equal("Talks to resume", embed["title"]!.ToString());
        Assert.Equal("The third round will be held this fall.", embed["description"]!.ToString());
        Assert.Equal("MENAFN", embed["fields"]![0]!["value"]!.ToString());
        Assert.Equal("28 Sep 2025, from the article id", embed["fields"]![1]!["value"]!.ToString());
        DiscordSafety.AssertSafe(post.Json);
        Assert.Equal(["When is the third round?"], answerer.Questions.ToArray());
        Assert.Contains(discord.Calls, c => c.Method == "gateway/bot");
    }

    [Fact]
    public async Task DirectMessage_IsAnswered_ButBotsOwnAndUnmentionedMessagesAreNot()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, Mention("my own answer"), authorId: FakeDiscord.BotUserId));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000002", Channel, Mention("from another bot"), authorId: "400000000000000009", bot: true));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000003", Channel, "just chatting", mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000004", "600000000000000009", "a direct question", guild: null, mentionsBot: false));
        var calls = await WaitForPostAsync(discord, "a direct question");

        Assert.Equal(["a direct question"], answerer.Questions.ToArray());
        RecordedCall post = Assert.Single(calls, c => c.Method == "messages");
        Assert.Equal("channels/600000000000000009/messages", post.Path);
    }

    [Fact]
    public async Task SameMessageDeliveredTwice_IsAnsweredOnce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        JsonObject message = FakeDiscord.Message("800000000000000001", Channel, Mention("once only"));
        await discord.DispatchAsync("MESSAGE_CREATE", message);
        await discord.DispatchAsync("MESSAGE_CREATE", message);
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000002", Channel, Mention("the marker")));
        await WaitForPostAsync(discord, "the marker");

        Assert.Equal(1, PostsContaining(discord, "once only"));
        Assert.Equal(["once only", "the marker"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task DroppedSocket_ResumesTheSession_AndLosesNoEvent()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();
        long seen = await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, Mention("before the drop")));
        await WaitForPostAsync(discord, "before the drop");

        discord.Drop(first);
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000002", Channel, Mention("while the link was down")));
        FakeGatewayConnection second = await discord.NextConnectionAsync();
        JsonObject resume = await second.WaitForOpAsync(6);
        await WaitForPostAsync(discord, "while the link was down");
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000003", Channel, Mention("after the resume")));
        await WaitForPostAsync(discord, "after the resume");

        Assert.Equal("/resume", second.Path);
        Assert.Contains("v=10", second.Query, StringComparison.Ordinal);
        Assert.Equal("session-1", resume["d"]!["session_id"]!.ToString());
        Assert.Equal(seen, (long)resume["d"]!["seq"]!);
        Assert.Equal(FakeDiscord.BotToken, resume["d"]!["token"]!.ToString());
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 2);
        Assert.Equal(["before the drop", "while the link was down", "after the resume"], answerer.Questions.ToArray());
        Assert.Equal(1, PostsContaining(discord, "before the drop"));
        Assert.Equal(1, PostsContaining(discord, "while the link was down"));
        await WaitUntilAsync(() => bot.Get<ChatReadiness>().IsReady, "ready again after the resume");
    }

    [Fact]
    public async Task Close4004_StopsTheClientWithoutReconnecting_AndReadinessSaysWhy()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection connection = await discord.ReadyConnectionAsync();

        await connection.CloseAsync(4004, "Authentication failed.");
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        var readiness = bot.Get<ChatReadiness>();
        await WaitUntilAsync(() => readiness.Snapshot()[DiscordGatewayClient.Component].Contains("4004", StringComparison.Ordinal), "readiness names 4004");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => discord.NextConnectionAsync(TimeSpan.FromSeconds(1.5)));

        Assert.False(readiness.IsReady);
        Assert.Equal(1, discord.ConnectionsOpened);
        using var readyz = await bot.Http.GetAsync(new Uri("readyz", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Critical && l.Text.Contains("4004", StringComparison.Ordinal) && l.Text.Contains("Discord:BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerClose_IsLoggedWithItsCodeAndReason()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        await first.CloseAsync(4008, "Rate limited.");
        await (await discord.NextConnectionAsync()).WaitForOpAsync(6);

        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("closed the WebSocket with code 4008 (Rate limited.)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FrameThatIsNotAnObject_IsLoggedAndSkipped_AndTheSessionGoesOn()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection connection = await discord.ReadyConnectionAsync();

        await connection.SendTextAsync("[1,2,3]");
        await connection.SendTextAsync("\"hello\"");
        await connection.SendTextAsync("null");
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, Mention("still listening?")));
        await WaitForPostAsync(discord, "still listening?");

        Assert.Equal(1, discord.ConnectionsOpened);
        Assert.False(connection.Closed.IsCompleted);
        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("skipped a WebSocket frame that is JSON but not an object", StringComparison.Ordinal)));
        Assert.Contains(bot.Logs.Lines, l => l.Text.Contains("(Array, 7 bytes)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task UnrecoverableCloseCodes_StopTheClient(int code)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection connection = await discord.ReadyConnectionAsync();

        await connection.CloseAsync(code);
        var readiness = bot.Get<ChatReadiness>();
        await WaitUntilAsync(() => readiness.Snapshot()[DiscordGatewayClient.Component].Contains($"{code}", StringComparison.Ordinal), $"readiness names {code}");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => discord.NextConnectionAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, discord.ConnectionsOpened);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task ResumableCloseCodes_Resume(int code)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        await first.CloseAsync(code);
        FakeGatewayConnection second = await discord.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        Assert.Equal("/resume", second.Path);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCodes_IdentifyAfresh(int code)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        await first.CloseAsync(code);
        FakeGatewayConnection second = await discord.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 6);
    }

    [Fact]
    public async Task Op7Reconnect_ClosesWithAResumableCode_AndResumes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        await first.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });
        FakeGatewayConnection second = await discord.NextConnectionAsync();
        JsonObject resume = await second.WaitForOpAsync(6);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(4000, first.ClientCloseCode);
        Assert.Equal("session-1", resume["d"]!["session_id"]!.ToString());
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, Mention("still there?")));
        await WaitForPostAsync(discord, "still there?");
    }

    [Fact]
    public async Task InvalidSessionNotResumable_EndsTheSessionAndIdentifiesAfresh()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
        FakeGatewayConnection second = await discord.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal("/gateway", second.Path);
        Assert.Equal(1000, first.ClientCloseCode);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 6);
        Assert.Equal(1, discord.Calls.Count(c => c.Method == "gateway/bot"));
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = true });
        FakeGatewayConnection second = await discord.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        Assert.Equal("/resume", second.Path);
    }

    [Fact]
    public async Task MissingHeartbeatAck_AbandonsTheLinkAndResumes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.HeartbeatInterval = n => n == 1 ? 300 : 45000;
        discord.AcksHeartbeats = n => n != 1;
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection first = await discord.ReadyConnectionAsync();

        FakeGatewayConnection second = await discord.NextConnectionAsync();
        JsonObject resume = await second.WaitForOpAsync(6);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Contains(first.Received, f => (int?)f["op"] == 1);
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.NotEqual(1001, first.ClientCloseCode);
        Assert.Equal("session-1", resume["d"]!["session_id"]!.ToString());
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, Mention("on the new link")));
        await WaitForPostAsync(discord, "on the new link");
        Assert.Equal(2, discord.ConnectionsOpened);
    }

    [Fact]
    public async Task HeartbeatRequest_IsAnsweredAtOnceWithTheLastSequence()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        FakeGatewayConnection connection = await discord.ReadyConnectionAsync();
        long last = await discord.DispatchAsync("TYPING_START", new JsonObject { ["channel_id"] = Channel });

        await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        JsonObject heartbeat = await connection.WaitForOpAsync(1, where: f => (long?)f["d"] == last);

        Assert.Equal(last, (long)heartbeat["d"]!);
        Assert.Equal(last, bot.Get<DiscordGatewayClient>().Sequence);
    }

    [Fact]
    public async Task ContentIntentOff_IsLoggedWithTheFix()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.ApplicationFlags = 0;
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, string.Empty, mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000002", "600000000000000009", "marker", guild: null, mentionsBot: false));
        await WaitForPostAsync(discord, "marker");

        var warnings = bot.Logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Text.Contains("Message Content Intent", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, w => w.Text.Contains("arrived empty", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Text.Contains("READY flags 0", StringComparison.Ordinal));
        Assert.Equal(["marker"], answerer.Questions.ToArray());
    }
}
