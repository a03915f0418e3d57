using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Discord.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Discord.Tests;

/// <summary>
/// Conversations with the real adapter and host against the fake Discord: replies to the bot's answers as follow-ups,
/// the answer buttons as message components (over the gateway and the signed HTTP endpoint), auto channels, ephemeral commands.
/// </summary>
public sealed class ConversationTests
{
    private const string Channel = "600000000000000006";
    private const string Question = "800000000000000001";

    private static string Mention(string text) => $"<@{FakeDiscord.BotUserId}> {text}";

    private static int interactionIds = 100;

    private static Task<IReadOnlyList<RecordedCall>> WaitForPostAsync(FakeDiscord discord, string text) =>
        discord.WaitForAsync(c => c.Any(x => x.Method == "messages" && x.Status == 200 && DiscordSafety.Unescape(x["content"] ?? string.Empty).Contains(text, StringComparison.Ordinal)));

    /// <summary>Waits until the bot has recorded the message its answer became (it does once Discord has replied to the post).</summary>
    private static async Task RecordedAsync(BotUnderTest bot, string? messageId)
    {
        var conversations = bot.Get<IConversationStore>();
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); !conversations.Answers().Any(a => a.PostedMessages.Contains(messageId)); await Task.Delay(20))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the answer's message was never recorded");
        }
    }

    private static async Task<RecordedCall> AnswerAsync(FakeDiscord discord, string id, string question)
    {
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message(id, Channel, Mention(question)));
        return (await WaitForPostAsync(discord, "Answer to: " + question)).Last(c => c.Method == "messages");
    }

    /// <summary>A reply to one of the bot's messages, which itself replied to <paramref name="answered"/>; it pings the bot unless told not to.</summary>
    private static JsonObject Reply(string id, string text, string answered, string botAuthor = FakeDiscord.BotUserId, bool mentionsBot = false)
    {
        JsonObject message = FakeDiscord.Message(id, Channel, text, mentionsBot: mentionsBot);
        message["type"] = 19;
        message["message_reference"] = new JsonObject { ["message_id"] = "700000000000000007", ["channel_id"] = Channel };
        message["referenced_message"] = new JsonObject
        {
            ["id"] = "700000000000000007",
            ["channel_id"] = Channel,
            ["author"] = new JsonObject { ["id"] = botAuthor, ["username"] = "diplobot", ["bot"] = botAuthor == FakeDiscord.BotUserId },
            ["content"] = "Answer to: something",
            ["message_reference"] = new JsonObject { ["message_id"] = answered, ["channel_id"] = Channel },
        };
        return message;
    }

    private static JsonObject Click(string? customId, string token = "component-token", string channel = Channel, string? id = null) => new()
    {
        ["id"] = id ?? "91000000000000" + Interlocked.Increment(ref interactionIds).ToString("0000", CultureInfo.InvariantCulture),
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = 3,
        ["token"] = token,
        ["version"] = 1,
        ["guild_id"] = "500000000000000005",
        ["channel_id"] = channel,
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "400000000000000004", ["username"] = "ada" } },
        ["message"] = new JsonObject { ["id"] = "700000000000000007", ["channel_id"] = channel },
        ["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
    };

    private static string? Button(RecordedCall call, string label) =>
        call.Json!["components"]?.AsArray()
            .SelectMany(row => row!["components"]!.AsArray())
            .FirstOrDefault(b => b!["label"]!.ToString() == label)?["custom_id"]?.ToString();

    [Fact]
    public async Task ReplyToTheBotsAnswer_IsAFollowUp_ReadWithTheThreadsContext()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();
        await AnswerAsync(discord, Question, "When is the third round?");

        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000002", "Where did that happen?", Question));
        var calls = await WaitForPostAsync(discord, "Answer to: Where did the third round happen?");

        RecordedCall post = calls.Last(c => c.Method == "messages");
        Assert.Equal("800000000000000002", post.Json!["message_reference"]!["message_id"]!.ToString());
        Assert.StartsWith("Following up: Where did the third round happen?", DiscordSafety.Unescape(post["content"]!), StringComparison.Ordinal);
        Assert.Equal(["When is the third round?", "Where did the third round happen?"], answerer.Questions.ToArray());
        DiscordSafety.AssertSafe(post.Json);

        // The follow-up's answer continues the same thread: a reply to it is read with the thread's context too.
        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000003", "and who led it?", "800000000000000002", mentionsBot: true));
        await WaitForPostAsync(discord, "Answer to: Who led the third round?");
    }

    [Fact]
    public async Task RepliesOutsideTheBotsThreads_GetNothing_AndASelfStandingQuestionIsAnsweredOnItsOwn()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();
        await AnswerAsync(discord, Question, "When is the third round?");

        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000002", "Where did that happen?", Question, botAuthor: "400000000000000009"));
        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000003", "Where did that happen?", "800000000000000099"));
        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000004", "great, thanks", Question));
        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000005", "Who leads the Russian delegation?", Question));
        await WaitForPostAsync(discord, "Answer to: Who leads the Russian delegation?");

        Assert.Equal(["When is the third round?", "Who leads the Russian delegation?"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task ReplyToTheBotsAnswerToASlashCommand_IsAFollowUp()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();
        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "command-token", "ask", ("question", "When is the third round?")));
        RecordedCall answer = (await discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original"))).Single(c => c.Method == "edit-original");
        // The bot remembers which message its answer became once Discord has replied to the edit; a user's reply comes later.
        await RecordedAsync(bot, answer.ResponseId);

        JsonObject reply = Reply("800000000000000002", "where did that happen?", Question);
        reply["referenced_message"]!["id"] = answer.ResponseId;
        reply["referenced_message"]!.AsObject().Remove("message_reference");
        JsonObject unrelated = Reply("800000000000000003", "where did that happen?", Question);
        unrelated["referenced_message"]!["id"] = "700000000000000099";
        unrelated["referenced_message"]!.AsObject().Remove("message_reference");
        await discord.DispatchAsync("MESSAGE_CREATE", unrelated);
        await discord.DispatchAsync("MESSAGE_CREATE", reply);
        var calls = await WaitForPostAsync(discord, "Answer to: Where did the third round happen?");

        Assert.Equal("800000000000000002", calls.Last(c => c.Method == "messages").Json!["message_reference"]!["message_id"]!.ToString());
        Assert.Equal(["When is the third round?", "Where did the third round happen?"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task AThreadStartedFromTheBotsAnswer_IsAFollowUp_AndOtherThreadsGetNothing()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(discord, answerer);
        await discord.ReadyConnectionAsync();
        RecordedCall answer = await AnswerAsync(discord, Question, "When is the third round?");
        // A thread can be started from the answer only once it is posted, and the bot has recorded it by then.
        await RecordedAsync(bot, answer.ResponseId);

        // A thread started from a message takes the message's id as its channel's.
        string thread = answer.ResponseId!;
        const string otherThread = "650000000000000065";
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000002", otherThread, "Where did that happen?", mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000003", thread, "Where did that happen?", mentionsBot: false));
        var calls = await WaitForPostAsync(discord, "Answer to: Where did the third round happen?");

        RecordedCall post = calls.Last(c => c.Method == "messages");
        Assert.Equal($"channels/{thread}/messages", post.Path);
        Assert.Equal("800000000000000003", post.Json!["message_reference"]!["message_id"]!.ToString());
        DiscordSafety.AssertSafe(post.Json);

        // Later messages in the thread, with a mention or without, go on with its context; chatter there gets nothing.
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000004", thread, "thanks!", mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000005", thread, "and who led it?", mentionsBot: false));
        await WaitForPostAsync(discord, "Answer to: Who led the third round?");
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000006", thread, Mention("when was that?")));
        await WaitForPostAsync(discord, "Answer to: When was the third round?");

        Assert.Equal(
            ["When is the third round?", "Where did the third round happen?", "Who led the third round?", "When was the third round?"],
            answerer.Questions.ToArray());
        Assert.DoesNotContain(discord.Posts(), c => c.Path.Contains(otherThread, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThreadContext_Expires_AfterChatThreadContextHours()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = BotUnderTest.Settings(discord);
        settings["Chat:ThreadContextHours"] = "1";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer, services => services.AddSingleton(sp => new ChatConversations(
            sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<IOptions<ChatOptions>>().Value, clock)));
        await discord.ReadyConnectionAsync();
        RecordedCall answer = await AnswerAsync(discord, Question, "When is the third round?");
        await RecordedAsync(bot, answer.ResponseId);
        string thread = answer.ResponseId!;

        clock.Advance(TimeSpan.FromMinutes(61));
        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000002", "Where did that happen?", Question));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000003", thread, "Where did that happen?", mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", Reply("800000000000000004", "When was that?", Question, mentionsBot: true));
        await WaitForPostAsync(discord, "Answer to: When was that?");

        Assert.Equal(["When is the third round?", "When was that?"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task AutoChannel_AnswersAQuestionWithoutAMention_AndIgnoresChatter()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answerer = new FakeAnswerer();
        var settings = BotUnderTest.Settings(discord);
        settings[$"Discord:Channels:{Channel}"] = "auto";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer);
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000001", Channel, "brb, coffee", mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000002", "600000000000000999", "When is the third round?", mentionsBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", FakeDiscord.Message("800000000000000003", Channel, "When is the third round?", mentionsBot: false));
        var calls = await WaitForPostAsync(discord, "Answer to: When is the third round?");
        await AnswerAsync(discord, "800000000000000009", "the marker");

        Assert.Equal(["When is the third round?", "the marker"], answerer.Questions.ToArray());
        Assert.Equal("800000000000000003", calls.Single(c => c.Method == "messages").Json!["message_reference"]!["message_id"]!.ToString());
    }

    [Fact]
    public async Task FeedbackButton_OverTheGateway_IsAcknowledged_RecordedOnce_AndThanksWithoutLosingTheAnswer()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, new FakeAnswerer());
        await discord.ReadyConnectionAsync();
        RecordedCall answer = await AnswerAsync(discord, Question, "When is the third round?");
        DiscordSafety.AssertSafe(answer.Json!);

        JsonObject click = Click(Button(answer, "Helpful"), token: "click-1");
        await discord.DispatchAsync("INTERACTION_CREATE", click);
        await discord.DispatchAsync("INTERACTION_CREATE", click);
        await discord.DispatchAsync("INTERACTION_CREATE", Click(Button(answer, "Not helpful"), token: "click-2"));
        var calls = await discord.WaitForAsync(c => c.Count(x => x.Method == "edit-original") == 2 && c.Count(x => x.Method == "callback") == 3);

        Assert.All(calls.Where(c => c.Method == "callback"), c => Assert.Equal(6, (int)c.Json!["type"]!));
        FeedbackRecord record = Assert.Single(bot.Get<IConversationStore>().Feedback(null));
        Assert.Equal((FeedbackRating.NotHelpful, "discord", Channel, Question, "400000000000000004", "When is the third round?"),
            (record.Rating, record.Platform, record.Channel, record.Thread, record.User, record.Question));
        RecordedCall thanks = calls.First(c => c.Method == "edit-original");
        Assert.Contains("click-1", thanks.Path, StringComparison.Ordinal);
        Assert.Contains("Answer to: When is the third round?", DiscordSafety.Unescape(thanks["content"]!), StringComparison.Ordinal);
        Assert.Contains("Thanks for the feedback: marked helpful.", DiscordSafety.Unescape(thanks["content"]!), StringComparison.Ordinal);
        Assert.Equal("The third round will be held this fall.", thanks.Json!["embeds"]![0]!["description"]!.ToString());
        Assert.NotNull(Button(thanks, "Helpful"));
        Assert.All(calls.Where(c => c.Method == "edit-original"), c => DiscordSafety.AssertSafe(c.Json!));
    }

    [Fact]
    public async Task FeedbackButton_OverHttp_IsSigned_ATamperedRequestIs401_AndAReplayIsRecordedOnce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, new FakeAnswerer());
        await discord.ReadyConnectionAsync();
        RecordedCall answer = await AnswerAsync(discord, Question, "When is the third round?");
        string body = Click(Button(answer, "Helpful"), token: "http-click").ToJsonString();

        using var tampered = await bot.PostInteractionAsync(body, sentBody: body.Replace("400000000000000004", "400000000000000005", StringComparison.Ordinal));
        using var otherTime = await bot.PostInteractionAsync(body, sentTimestamp: "1700000001");
        using var signed = await bot.PostInteractionAsync(body);
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original"));
        using var replayed = await bot.PostInteractionAsync(body);
        await AnswerAsync(discord, "800000000000000009", "the marker");

        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherTime.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Single(discord.Calls, c => c.Method == "edit-original");
        Assert.Equal(6, (int)JsonNode.Parse(await signed.Content.ReadAsStringAsync())!["type"]!);
        Assert.Contains("http-click", Assert.Single(calls, c => c.Method == "edit-original").Path, StringComparison.Ordinal);
        Assert.Equal("400000000000000004", Assert.Single(bot.Get<IConversationStore>().Feedback(null)).User);
    }

    [Theory]
    [InlineData("long")]
    [InlineData("@everyone helpful")]
    [InlineData("helpful:<@&123>")]
    [InlineData("share:0123456789abcdef0123456789abcdef")]
    [InlineData(null)]
    public async Task HostileCustomIds_AreAcknowledged_AndNothingElse(string? customId)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, new FakeAnswerer());
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("INTERACTION_CREATE", Click(customId == "long" ? "helpful:" + new string('@', 5000) : customId));
        await AnswerAsync(discord, Question, "the marker");

        RecordedCall ack = Assert.Single(discord.Calls, c => c.Method == "callback");
        Assert.Equal(6, (int)ack.Json!["type"]!);
        Assert.DoesNotContain(discord.Calls, c => c.Method is "edit-original" or "followup");
        Assert.Empty(bot.Get<IConversationStore>().Feedback(null));
    }

    [Fact]
    public async Task MoreSources_PostsTheNextQuotesAsAReplyInTheThread()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(discord, new ManySourcesAnswerer(5));
        await discord.ReadyConnectionAsync();
        RecordedCall answer = await AnswerAsync(discord, Question, "When is the third round?");
        Assert.Equal(3, answer.Json!["embeds"]!.AsArray().Count);

        await discord.DispatchAsync("INTERACTION_CREATE", Click(Button(answer, "More sources")));
        var calls = await WaitForPostAsync(discord, "More sources (4–5 of 5) for: When is the third round?");

        RecordedCall more = calls.Last(c => c.Method == "messages");
        Assert.Equal(Question, more.Json!["message_reference"]!["message_id"]!.ToString());
        Assert.Equal(["Quote 4.", "Quote 5."], more.Json["embeds"]!.AsArray().Select(e => e!["description"]!.ToString()));
        Assert.Null(Button(more, "More sources"));
        DiscordSafety.AssertSafe(more.Json);
    }

    [Fact]
    public async Task EphemeralCommand_IsDeferredForTheAskerOnly_AndShareInChannelPostsTheAnswerForAll()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var settings = BotUnderTest.Settings(discord);
        settings["Chat:EphemeralCommands"] = "true";
        await using var bot = await BotUnderTest.StartAsync(settings, new FakeAnswerer());
        await discord.ReadyConnectionAsync();

        await discord.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("900000000000000001", "command-token", "ask", ("question", "When is the third round?")));
        var calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "edit-original"));
        RecordedCall deferral = Assert.Single(calls, c => c.Method == "callback");
        Assert.Equal(64, (int)deferral.Json!["data"]!["flags"]!);
        RecordedCall answer = Assert.Single(calls, c => c.Method == "edit-original");

        await discord.DispatchAsync("INTERACTION_CREATE", Click(Button(answer, "Share in channel"), token: "share-token"));
        calls = await discord.WaitForAsync(c => c.Any(x => x.Method == "messages") && c.Count(x => x.Method == "edit-original") == 2);

        RecordedCall shared = Assert.Single(calls, c => c.Method == "messages");
        Assert.Equal($"channels/{Channel}/messages", shared.Path);
        Assert.Contains("Answer to: When is the third round?", DiscordSafety.Unescape(shared["content"]!), StringComparison.Ordinal);
        Assert.NotNull(Button(shared, "Helpful"));
        Assert.Null(Button(shared, "Share in channel"));
        RecordedCall note = calls.Last(c => c.Method == "edit-original");
        Assert.Contains("share-token", note.Path, StringComparison.Ordinal);
        Assert.Equal(ChatActionResult.SharedNote, DiscordSafety.Unescape(note["content"]!));
        DiscordSafety.AssertSafe(shared.Json!);
    }

    /// <summary>Answers with <c>count</c> quotes, "Quote 1." to "Quote n.", each from its own article.</summary>
    private sealed class ManySourcesAnswerer(int count) : IAnswerer
    {
        public Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default) => Task.FromResult(new Answer(
            question,
            $"Answer to: {question}",
            false,
            Enumerable.Range(1, count).Select(i =>
            {
                string quote = string.Create(CultureInfo.InvariantCulture, $"Quote {i}.");
                return new Citation($"a{i}", $"Title {i}", "MENAFN", new DateOnly(2025, 9, 28), DateBasis.ArticleId, quote, 0, quote.Length, $"data/articles/a{i}.txt", 1.0 / i);
            }).ToList()));
    }
}
