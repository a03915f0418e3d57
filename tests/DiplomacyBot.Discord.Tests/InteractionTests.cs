using System.Net;
using System.Text.Json.Nodes;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Discord.Tests.Support;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Discord.Tests;

/// <summary>Slash commands and autocomplete, over the gateway and over the signed HTTP endpoint of the real host.</summary>
public sealed class InteractionTests
{
    private static Task<IReadOnlyList<RecordedCall>> WaitForEditAsync(FakeDiscord discord, string text) =>
        discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original" && DiscordSafety.Unescape(x["content"] ?? string.Empty).Contains(text, StringComparison.Ordinal)));

    [Fact]
    public async Task SlashCommandOverTheGateway_IsDeferredAtOnce_ThenTheOriginalIsEditedWithTheAnswer()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "interaction-token-1", "ask", ("question", "When is the third round?")));
        var calls = await WaitForEditAsync(discord, "Answer to: When is the third round?");

        RecordedCall callback = Assert.Single(calls, c => c.Method == "callback");
        Assert.Equal("interactions/900000000000000001/interaction-token-1/callback", callback.Path);
        Assert.Equal(5, (int)callback.Json!["type"]!);
        RecordedCall edit = Assert.Single(calls, c => c.Method == "edit-original");
        Assert.Equal($"webhooks/{FakeDiscord.ApplicationId}/interaction-token-1/messages/@original", edit.Path);
        Assert.True(calls.ToList().IndexOf(callback) < calls.ToList().IndexOf(edit), "deferred before the edit");
        Assert.Equal("The third round will be held this fall.", edit.Json!["embeds"]![0]!["description"]!.ToString());
        DiscordSafety.AssertSafe(edit.Json);
        Assert.Equal(["When is the third round?"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task SameInteractionTwice_IsAnsweredOnce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        JsonObject interaction = FakeDiscord.SlashCommand("900000000000000001", "token-1", "ask", ("question", "once only"));
        await discord.DispatchAsync("INTERACTION_CREATE", interaction);
        await discord.DispatchAsync("INTERACTION_CREATE", interaction);
        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000002", "token-2", "ask", ("question", "the marker")));
        await WaitForEditAsync(discord, "the marker");

        Assert.Equal(["once only", "the marker"], answerer.Questions.ToArray());
        Assert.Single(discord.Posts(), p => DiscordSafety.Unescape(p["content"] ?? string.Empty).Contains("once only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interactions_AreQueuedInTheOrderTheyArrived_EvenWhenAnEarlierDeferralIsSlow()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();

        discord.Delay("callback", TimeSpan.FromMilliseconds(600));
        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "token-1", "ask", ("question", "asked first")));
        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000002", "token-2", "ask", ("question", "asked second")));
        await WaitForEditAsync(discord, "asked second");

        Assert.Equal(["asked first", "asked second"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task SlashCommandOverHttp_IsDeferredInTheResponse_ThenTheOriginalIsEdited()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);

        string body = FakeDiscord.SlashCommand("900000000000000001", "http-token-1", "help").ToJsonString();
        using var response = await bot.PostInteractionAsync(body);
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(5, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!);
        RecordedCall edit = Assert.Single(calls, c => c.Method == "edit-original");
        Assert.Contains("http-token-1", edit.Path, StringComparison.Ordinal);
        Assert.Equal(ChatEngine.HelpText, DiscordSafety.Unescape(edit["content"]!));
        Assert.DoesNotContain(calls, c => c.Method == "callback");
        Assert.Equal(0, discord.ConnectionsOpened);
    }

    [Fact]
    public async Task SignedInteractionWithInvalidUtf8_Gets400_WithoutAnException()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);
        string json = FakeDiscord.SlashCommand("900000000000000001", "http-token-1", "ask", ("question", "QUESTION")).ToJsonString();
        int at = json.IndexOf("QUESTION", StringComparison.Ordinal);
        byte[] body = [.. System.Text.Encoding.UTF8.GetBytes(json[..at]), 0xC3, 0x28, .. System.Text.Encoding.UTF8.GetBytes(json[(at + "QUESTION".Length)..])];

        using var response = await bot.PostInteractionBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.DoesNotContain(discord.Calls, c => c.Method is "edit-original" or "callback");
    }

    [Fact]
    public async Task PingKnownAnswerVector_GetsPong()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);

        using var response = await bot.PostInteractionAsync(
            DiscordSignatureVerifierTests.PingBody, DiscordSignatureVerifierTests.Timestamp, DiscordSignatureVerifierTests.PingSignature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CommandKnownAnswerVector_IsAccepted_AndAnUnknownCommandIsToldSoPrivately()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);

        using var response = await bot.PostInteractionAsync(
            DiscordSignatureVerifierTests.CommandBody, DiscordSignatureVerifierTests.Timestamp, DiscordSignatureVerifierTests.CommandSignature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)reply["type"]!);
        Assert.Equal(64, (int)reply["data"]!["flags"]!);
        Assert.Equal("""{"parse":[]}""", reply["data"]!["allowed_mentions"]!.ToJsonString());
    }

    public static TheoryData<string, string, string?, string?> Tampered => new()
    {
        { "altered timestamp", DiscordSignatureVerifierTests.PingBody, null, "1700000001" },
        { "altered body byte", DiscordSignatureVerifierTests.PingBody, DiscordSignatureVerifierTests.PingBody.Replace("555", "556", StringComparison.Ordinal), null },
        { "command body with the ping signature", DiscordSignatureVerifierTests.PingBody, DiscordSignatureVerifierTests.CommandBody, null },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public async Task TamperedVectors_Get401(string what, string signedBody, string? sentBody, string? sentTimestamp)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);

        using var response = await bot.PostInteractionAsync(
            signedBody, DiscordSignatureVerifierTests.Timestamp, DiscordSignatureVerifierTests.PingSignature, sentBody, sentTimestamp);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, what);
    }

    [Fact]
    public async Task UnsignedOrWronglySignedCommands_Get401_AndAreNeverAnswered()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer, gateway: false);
        string body = FakeDiscord.SlashCommand("900000000000000001", "token-1", "ask", ("question", "sneaky")).ToJsonString();

        using var unsigned = await bot.Http.PostAsync(new Uri("discord/interactions", UriKind.Relative), new StringContent(body));
        using var garbage = await bot.PostInteractionAsync(body, signature: new string('0', 128));
        using var tampered = await bot.PostInteractionAsync(body, sentBody: body.Replace("sneaky", "sneakier", StringComparison.Ordinal));

        Assert.All([unsigned, garbage, tampered], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        await Task.Delay(300);
        Assert.Empty(answerer.Questions);
        Assert.DoesNotContain(discord.Calls, c => c.Method is "edit-original" or "callback");
    }

    [Fact]
    public async Task TimelineTopicAutocomplete_SuggestsPlacesFromTheStoredEvents()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, gateway: false);
        var interaction = new JsonObject
        {
            ["id"] = "900000000000000003",
            ["application_id"] = FakeDiscord.ApplicationId,
            ["type"] = 4,
            ["token"] = "token-3",
            ["version"] = 1,
            ["data"] = new JsonObject
            {
                ["name"] = "diplo",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject
                {
                    ["type"] = 1,
                    ["name"] = "timeline",
                    ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "topic", ["value"] = "ist", ["focused"] = true }),
                }),
            },
        };

        using var response = await bot.PostInteractionAsync(interaction.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(8, (int)reply["type"]!);
        var choices = reply["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Contains(choices, c => c!["name"]!.ToString() == "Istanbul" && c["value"]!.ToString() == "Istanbul");
        Assert.All(choices, c => Assert.Contains("ist", c!["name"]!.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InteractionEndpoint_IsAbsentWithoutAPublicKey()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var settings = BotUnderTest.Settings(discord);
        settings["Discord:PublicKey"] = string.Empty;
        await using var bot = await BotUnderTest.StartAsync(settings, new FakeAnswerer());

        using var response = await bot.PostInteractionAsync(DiscordSignatureVerifierTests.PingBody);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
