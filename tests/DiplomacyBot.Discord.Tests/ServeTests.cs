using System.Net;
using System.Text.Json.Nodes;
using DiplomacyBot.Discord.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Discord.Tests;

/// <summary><c>serve</c> with Discord enabled: start-up validation, sign-in, readiness, secrets kept out of logs, and the real engine.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Start_WithMissingOrBadDiscordKeys_FailsNamingEachKey()
    {
        var settings = BotUnderTest.Settings(null);
        settings["Discord:Enabled"] = "true";
        settings["Discord:BotToken"] = "";
        settings["Discord:ApplicationId"] = "not-a-number";
        settings["Discord:GuildIds:0"] = "general";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));

        Assert.Contains("Discord:BotToken is required when Discord:Enabled is true", error.Failures);
        Assert.Contains("Discord:ApplicationId must be the application's numeric id", error.Failures);
        Assert.Contains("Discord:GuildIds:0 must be a numeric guild id", error.Failures);
    }

    [Fact]
    public async Task Start_WithATokenDiscordRejects_FailsNamingTheKey_WithoutTheToken()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var settings = BotUnderTest.Settings(discord);
        settings["Discord:BotToken"] = "wrong.token-value.abc";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong.token-value", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, discord.ConnectionsOpened);
    }

    [Fact]
    public async Task Readyz_ListsTheDiscordComponents_OnceSignedInAndConnected()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord);
        await discord.ReadyConnectionAsync();

        JsonNode? body = null;
        for (int i = 0; i < 100; i++)
        {
            using var ready = await bot.Http.GetAsync(new Uri("readyz", UriKind.Relative));
            body = JsonNode.Parse(await ready.Content.ReadAsStringAsync());
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("ready", body!["status"]!.ToString());
        Assert.Equal("ready", body["components"]![DiscordStartup.Component]!.ToString());
        Assert.Equal("ready", body["components"]![DiscordGatewayClient.Component]!.ToString());
    }

    [Fact]
    public async Task RefusedCommandRegistration_IsLogged_MarksDiscordDegraded_AndServeKeepsAnswering()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Refuse("commands", 400, 50035, "Invalid Form Body");
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", "600000000000000006", $"<@{FakeDiscord.BotUserId}> When is the third round?"));
        await discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200));
        using var ask = await bot.Http.PostAsync(new Uri("api/ask", UriKind.Relative), new StringContent("""{"question": "Who met?"}""", System.Text.Encoding.UTF8, "application/json"));
        (HttpStatusCode status, JsonNode body) = await ReadyzOnceTheGatewayIsUpAsync(bot);

        Assert.Single(discord.Calls, c => c.Method == "commands" && c.Status == 400);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body["status"]!.ToString());
        Assert.Equal("degraded: /diplo not registered globally (HTTP 400)", body["components"]![DiscordStartup.Component]!.ToString());
        Assert.Equal("ready", body["components"]![DiscordGatewayClient.Component]!.ToString());
        Assert.Single(bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error && l.Text.Contains("HTTP 400", StringComparison.Ordinal) && l.Text.Contains("Discord:ApplicationId", StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> ReadyzOnceTheGatewayIsUpAsync(BotUnderTest bot)
    {
        for (int i = 0; ; i++)
        {
            using var ready = await bot.Http.GetAsync(new Uri("readyz", UriKind.Relative));
            JsonNode body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
            if (body["components"]![DiscordGatewayClient.Component]!.ToString() == "ready" || i == 100)
            {
                return (ready.StatusCode, body);
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task TheBotToken_NeverAppearsInAnyLogLine_EvenAtTrace()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.RateLimit("messages", 0.2);
        await using (var bot = await BotUnderTest.StartAsync(discord))
        {
            FakeGatewayConnection first = await discord.ReadyConnectionAsync();
            await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", "600000000000000006", $"<@{FakeDiscord.BotUserId}> hello"));
            await discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200));
            await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "secret-interaction-token", "help"));
            await discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original"));
            discord.Drop(first);
            await (await discord.NextConnectionAsync()).WaitForOpAsync(6);
            await Task.Delay(200);

            Assert.NotEmpty(bot.Logs.Lines);
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Text.Contains(FakeDiscord.BotToken, StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Text.Contains("fake-bot-token-value", StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Text.Contains("secret-interaction-token", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Mention_OnTheRealEngine_IsAnsweredWithADatedVerbatimQuote()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(discord));
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", "600000000000000006", $"<@{FakeDiscord.BotUserId}> When is the third round?"));
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200), TimeSpan.FromSeconds(30));

        RecordedCall post = Assert.Single(calls, c => c.Method == "messages");
        DiscordSafety.AssertSafe(post.Json!);
        var embeds = post.Json!["embeds"]!.AsArray();
        Assert.Contains(embeds, e => DiscordSafety.Unescape(e!["description"]!.ToString()).StartsWith("According to a Russian state-operated news outlet, Lavrov stated", StringComparison.Ordinal)
            && e["fields"]![0]!["value"]!.ToString() == "MENAFN"
            && e["fields"]![1]!["value"]!.ToString() == "28 Sep 2025, from the article id");
    }

    [Fact]
    public async Task TimelineSlashCommand_OnTheRealEngine_EditsTheOriginalWithEventsAndTheChart()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(discord));
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "token-1", "timeline"));
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original"), TimeSpan.FromSeconds(30));

        RecordedCall edit = Assert.Single(calls, c => c.Method == "edit-original");
        Assert.StartsWith("Timeline", DiscordSafety.Unescape(edit["content"]!), StringComparison.Ordinal);
        Assert.NotEmpty(edit.Json!["embeds"]!.AsArray());
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], Assert.Single(edit.Files).Bytes.Take(4).ToArray());
        Assert.All(discord.Posts(), p => DiscordSafety.AssertSafe(p.Json!));
    }
}
