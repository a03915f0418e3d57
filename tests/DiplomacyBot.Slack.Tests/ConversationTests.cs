using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Slack.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static DiplomacyBot.Slack.Tests.Support.SlackConversation;

namespace DiplomacyBot.Slack.Tests;

/// <summary>
/// Conversations with the real adapter and host against the fake Slack: follow-ups in the bot's threads, the answer
/// buttons (feedback, "More sources", "Share in channel") and channels in auto mode.
/// </summary>
public sealed class ConversationTests
{
    private const string Form = "application/x-www-form-urlencoded";

    private static async Task<RecordedCall> AnswerAsync(FakeSlack slack, FakeSocket socket, string ts, string question, string eventId = "Ev1")
    {
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-" + eventId, eventId, "C1", ts, "<@UBOT> " + question));
        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && (x["text"] ?? string.Empty).Contains(question, StringComparison.Ordinal)));
        return calls.Last(x => x.Method == "chat.postMessage");
    }

    [Fact]
    public async Task FollowUp_InTheBotsThread_IsAnsweredFromTheThreadsContext()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();
        await AnswerAsync(slack, socket, "1.1", "When is the third round?");

        await socket.SendAsync(MessageEnvelope("env-2", "Ev2", "C1", "1.2", "1.1", "Where did that happen?"));
        var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") == 2);

        Assert.Equal(["When is the third round?", "Where did the third round happen?"], answerer.Questions.ToArray());
        RecordedCall followUp = calls.Last(x => x.Method == "chat.postMessage");
        Assert.Equal("1.1", followUp["thread_ts"]);
        Assert.Contains("Following up: Where did the third round happen?", Texts(followUp.Json!), StringComparison.Ordinal);
        SlackSafety.AssertSafe(followUp.Json!);
    }

    [Fact]
    public async Task FollowUps_OnTheSampleCorpus_AreAnsweredFromTheThreadsEvent()
    {
        await using var slack = await FakeSlack.StartAsync();
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Answer:MinCoverage"] = "0.4"; // as the shipped appsettings.json sets it
        await using var bot = await BotUnderTest.StartAsync(settings);
        FakeSocket socket = await slack.NextSocketAsync(TimeSpan.FromSeconds(30));
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> When is the third round?"));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"), TimeSpan.FromSeconds(30));

        async Task<string> FollowUpAsync(int n, string text)
        {
            await socket.SendAsync(MessageEnvelope($"env-{n}", $"Ev{n}", "C1", $"1.{n}", "1.1", text));
            var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") == n, TimeSpan.FromSeconds(30));
            RecordedCall post = calls.Last(x => x.Method == "chat.postMessage");
            Assert.Equal("1.1", post["thread_ts"]);
            SlackSafety.AssertSafe(post.Json!);
            return Texts(post.Json!);
        }

        string led = await FollowUpAsync(2, "who led it?");
        string where = await FollowUpAsync(3, "where did that happen?");
        string visas = await FollowUpAsync(4, "and on visas?");
        string when = await FollowUpAsync(5, "when was that?");
        string own = await FollowUpAsync(6, "Who led the delegations at the second round in Istanbul?");

        // The third round is only planned in the reports: who led it and where it happened are not reported yet.
        Assert.Contains("Following up: Who led the third round?", led, StringComparison.Ordinal);
        Assert.Contains("Not reported yet: the latest report, MENAFN (28 Sep 2025), says:", led, StringComparison.Ordinal);
        Assert.Contains("Following up: Where did the third round happen?", where, StringComparison.Ordinal);
        Assert.Contains("Not reported yet: the latest report, MENAFN (28 Sep 2025), says:", where, StringComparison.Ordinal);
        Assert.Contains("Following up: What about visas at the third round?", visas, StringComparison.Ordinal);
        Assert.Contains("visa procedures", visas, StringComparison.Ordinal);
        Assert.Contains("Following up: When was the third round?", when, StringComparison.Ordinal);
        Assert.Contains("autumn 2025", when, StringComparison.Ordinal);
        Assert.DoesNotContain("Following up", own, StringComparison.Ordinal);
        Assert.Contains("Sonata Coulter", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageInAThreadTheBotNeverPostedIn_GetsNothing()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();
        await AnswerAsync(slack, socket, "1.1", "When is the third round?");

        await socket.SendAsync(MessageEnvelope("env-2", "Ev2", "C1", "5.2", "5.1", "Where did that happen?"));
        await socket.SendAsync(MessageEnvelope("env-3", "Ev3", "C2", "1.3", "1.1", "Where did that happen in the other channel?"));
        await socket.SendAsync(MessageEnvelope("env-4", "Ev4", "C1", "1.4", "1.1", "thanks, that helps"));
        await AnswerAsync(slack, socket, "1.9", "the marker question", "Ev9");

        Assert.Equal(["When is the third round?", "the marker question"], answerer.Questions.ToArray());
        // Acks come back over the socket, posts over HTTP: the marker's answer may arrive before its ack.
        await slack.WaitForAsync(_ => socket.Acks.Count >= 5);
        Assert.Equal(5, socket.Acks.Count);
    }

    [Fact]
    public async Task FollowUp_InAPrivateChannel_IsAnswered_AndAThreadInAnAutoChannelTheBotNeverPostedIn_GetsNothing()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Slack:Channels:C7"] = "auto";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer);
        FakeSocket socket = await slack.NextSocketAsync();
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "G1", "1.1", "<@UBOT> When is the third round?"));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        // message.groups: a private channel's messages come with channel_type "group".
        JsonObject followUp = MessageEnvelope("env-2", "Ev2", "G1", "1.2", "1.1", "who led it?");
        followUp["payload"]!["event"]!["channel_type"] = "group";
        await socket.SendAsync(MessageEnvelope("env-3", "Ev3", "C7", "7.2", "7.1", "Who led it?"));
        await socket.SendAsync(followUp);
        var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") == 2);

        Assert.Equal(["When is the third round?", "Who led the third round?"], answerer.Questions.ToArray());
        RecordedCall post = calls.Last(x => x.Method == "chat.postMessage");
        Assert.Equal(("G1", "1.1"), (post["channel"], post["thread_ts"]));
    }

    [Fact]
    public async Task SelfStandingQuestion_InTheThread_IsAnsweredOnItsOwn()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();
        await AnswerAsync(slack, socket, "1.1", "When is the third round?");

        await socket.SendAsync(MessageEnvelope("env-2", "Ev2", "C1", "1.2", "1.1", "Who leads the Russian delegation?"));
        var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") == 2);

        Assert.Equal("Who leads the Russian delegation?", answerer.Questions.Last());
        Assert.DoesNotContain("Following up", Texts(calls.Last(x => x.Method == "chat.postMessage").Json!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadContext_Expires_AfterChatThreadContextHours()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Chat:ThreadContextHours"] = "1";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer, services => services.AddSingleton(sp => new ChatConversations(
            sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<IOptions<ChatOptions>>().Value, clock)));
        FakeSocket socket = await slack.NextSocketAsync();
        await AnswerAsync(slack, socket, "1.1", "When is the third round?");

        clock.Advance(TimeSpan.FromMinutes(61));
        await socket.SendAsync(MessageEnvelope("env-2", "Ev2", "C1", "1.2", "1.1", "Where did that happen?"));
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-3", "Ev3", "C1", "1.3", "<@UBOT> When was that?") is var mention && mention["payload"]!["event"]!.AsObject() is { } e
            ? SetThread(mention, "1.1") : mention);
        await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") == 2);

        Assert.Equal(["When is the third round?", "When was that?"], answerer.Questions.ToArray());
    }

    private static JsonObject SetThread(JsonObject envelope, string threadTs)
    {
        envelope["payload"]!["event"]!["thread_ts"] = threadTs;
        return envelope;
    }

    [Fact]
    public async Task AutoChannel_AnswersAQuestion_AndIgnoresChatter_WhileMentionChannelsWaitForAMention()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Slack:Channels:C7"] = "auto";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(MessageEnvelope("env-1", "Ev1", "C7", "7.1", null, "lunch at noon, anyone"));
        await socket.SendAsync(MessageEnvelope("env-2", "Ev2", "C1", "1.1", null, "When is the third round?"));
        await socket.SendAsync(MessageEnvelope("env-3", "Ev3", "C7", "7.3", null, "When is the third round?"));
        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));
        await AnswerAsync(slack, socket, "1.9", "the marker question", "Ev9");

        Assert.Equal(["When is the third round?", "the marker question"], answerer.Questions.ToArray());
        RecordedCall post = Assert.Single(calls, x => x.Method == "chat.postMessage");
        Assert.Equal(("C7", "7.3"), (post["channel"], post["thread_ts"]));
    }

    [Fact]
    public async Task Start_WithABadChannelMode_FailsNamingTheKey()
    {
        var settings = BotUnderTest.Settings(null, SlackMode.SocketMode);
        settings["Slack:Enabled"] = "true";
        settings["Slack:Channels:C7"] = "always";
        settings["Chat:ThreadContextHours"] = "-1";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));

        Assert.Contains(error.Failures, f => f == "Slack:Channels:C7 must be mention or auto" || f == "Chat:ThreadContextHours must be more than 0 and at most 8760");
    }

    [Theory]
    [InlineData("Slack:Channels", "auto", "Slack:Channels must list channel ids, each set to mention or auto (Slack:Channels:CHANNEL_ID)")]
    [InlineData("Slack:Channels:C7", "", "Slack:Channels:C7 must be mention or auto")]
    [InlineData("Slack:Channels:C7:mode", "auto", "Slack:Channels:C7 must be mention or auto")]
    public async Task Start_WithChannelsThatAreNotChannelIdsAndModes_FailsNamingTheKey(string key, string value, string failure)
    {
        var settings = BotUnderTest.Settings(null, SlackMode.SocketMode);
        settings["Slack:Enabled"] = "true";
        settings[key] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));

        Assert.Equal([failure], error.Failures);
    }

    [Fact]
    public async Task Feedback_OverHttp_IsSigned_RecordedOnce_AndThanksWithoutLosingTheAnswer()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);
        using (var mention = await bot.PostSignedAsync("slack/events", FakeSlack.MentionCallback("Ev1", "C1", "1.1", "<@UBOT> When is the third round?").ToJsonString(), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        }

        RecordedCall answer = (await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"))).Single(x => x.Method == "chat.postMessage");
        string helpful = Button(answer, "Helpful")!;
        string notHelpful = Button(answer, "Not helpful")!;
        string body = Form(Click("C1", "U2", helpful, "1800000000.000001", slack.ResponseUrl("click1")));

        using var stale = await bot.PostSignedAsync("slack/interactivity", body, Form, timestamp: DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        using var tampered = await bot.PostSignedAsync("slack/interactivity", body, Form, tamper: b => b.Replace("U2", "U3", StringComparison.Ordinal));
        using var unsigned = await bot.Http.PostAsync(new Uri("slack/interactivity", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, Form));
        using var first = await bot.PostSignedAsync("slack/interactivity", body, Form);
        await slack.WaitForAsync(c => c.Any(x => x.Method == "response_url"));
        using var again = await bot.PostSignedAsync("slack/interactivity", body, Form);
        using var changed = await bot.PostSignedAsync("slack/interactivity", Form(Click("C1", "U2", notHelpful, "1800000000.000001", slack.ResponseUrl("click2"), "diplo_nothelpful")), Form);
        var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "response_url") == 3);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { stale.StatusCode, tampered.StatusCode, unsigned.StatusCode });
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, again.StatusCode, changed.StatusCode });
        FeedbackRecord record = Assert.Single(bot.Get<IConversationStore>().Feedback(null));
        Assert.Equal((FeedbackRating.NotHelpful, "slack", "C1", "1.1", "U2", "When is the third round?", "Answer to: When is the third round?"),
            (record.Rating, record.Platform, record.Channel, record.Thread, record.User, record.Question, record.Answer));
        Assert.Equal(["a1"], record.CitedArticleIds);
        RecordedCall thanks = calls.First(x => x.Method == "response_url");
        Assert.Equal("true", thanks["replace_original"]);
        string texts = Texts(thanks.Json!);
        Assert.Contains("Answer to: When is the third round?", texts, StringComparison.Ordinal);
        Assert.Contains("> The third round will be held this fall.", texts, StringComparison.Ordinal);
        Assert.Contains("Thanks for the feedback: marked helpful.", texts, StringComparison.Ordinal);
        Assert.Contains("Thanks for the feedback: marked not helpful.", Texts(calls.Last(x => x.Method == "response_url").Json!), StringComparison.Ordinal);
        Assert.All(calls.Where(x => x.Method == "response_url"), c => SlackSafety.AssertSafe(c.Json!));
    }

    [Fact]
    public async Task Feedback_InSocketMode_ArrivesAsAnInteractiveEnvelope()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket socket = await slack.NextSocketAsync();
        RecordedCall answer = await AnswerAsync(slack, socket, "1.1", "When is the third round?");

        await socket.SendAsync(InteractiveEnvelope("env-click", Click("C1", "U2", Button(answer, "Helpful"), "1800000000.000001", slack.ResponseUrl("c1"))));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "response_url"));
        // The ack comes back over the socket, the thanks over HTTP: either may arrive first.
        await slack.WaitForAsync(_ => socket.Acks.Any(a => a.EnvelopeId == "env-click"));

        Assert.Contains(socket.Acks, a => a.EnvelopeId == "env-click");
        Assert.Equal(FeedbackRating.Helpful, Assert.Single(bot.Get<IConversationStore>().Feedback(null)).Rating);
    }

    [Theory]
    [InlineData("long")]
    [InlineData("<!channel> helpful")]
    [InlineData("helpful:<@U123>")]
    [InlineData("more:0123456789abcdef0123456789abcdef:1")]
    [InlineData("")]
    [InlineData(null)]
    public async Task HostileButtonValues_AreDroppedWithoutAReplyOrARecord(string? value)
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);
        string? hostile = value == "long" ? "helpful:" + new string('<', 50_000) : value;

        using var click = await bot.PostSignedAsync("slack/interactivity", Form(Click("C1", "U2", hostile, "1.1", slack.ResponseUrl("x"))), Form);
        using var malformed = await bot.PostSignedAsync("slack/interactivity", "payload=%7B%22type%22%3A", Form);
        using var noPayload = await bot.PostSignedAsync("slack/interactivity", "something=else", Form);
        using var mention = await bot.PostSignedAsync("slack/events", FakeSlack.MentionCallback("Ev9", "C1", "1.9", "<@UBOT> marker").ToJsonString(), "application/json");
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPayload.StatusCode);
        Assert.DoesNotContain(slack.Calls, c => c.Method == "response_url");
        Assert.Empty(bot.Get<IConversationStore>().Feedback(null));
        Assert.All(slack.Posts(), p => SlackSafety.AssertSafe(p.Json!));
    }

    [Fact]
    public async Task ButtonOfAnAnswerInAnotherChannel_DoesNothing()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket socket = await slack.NextSocketAsync();
        RecordedCall answer = await AnswerAsync(slack, socket, "1.1", "When is the third round?");

        await socket.SendAsync(InteractiveEnvelope("env-click", Click("C9", "U2", Button(answer, "Helpful"), "1.1", slack.ResponseUrl("c1"))));
        await AnswerAsync(slack, socket, "1.9", "the marker question", "Ev9");

        Assert.DoesNotContain(slack.Calls, c => c.Method == "response_url");
        Assert.Empty(bot.Get<IConversationStore>().Feedback(null));
    }

    [Fact]
    public async Task MoreSources_PostsTheNextQuotesInTheThread()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(slack, SlackMode.SocketMode), new ManySourcesAnswerer(5));
        FakeSocket socket = await slack.NextSocketAsync();
        RecordedCall answer = await AnswerAsync(slack, socket, "1.1", "When is the third round?");
        string texts = Texts(answer.Json!);
        Assert.Contains("Quote 3.", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Quote 4.", texts, StringComparison.Ordinal);

        await socket.SendAsync(InteractiveEnvelope("env-more", Click("C1", "U2", Button(answer, "More sources"), "1800000000.000001", slack.ResponseUrl("m1"), "diplo_moresources")));
        var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") == 2);

        RecordedCall more = calls.Last(x => x.Method == "chat.postMessage");
        Assert.Equal("1.1", more["thread_ts"]);
        string moreTexts = Texts(more.Json!);
        Assert.Contains("More sources (4–5 of 5) for: When is the third round?", moreTexts, StringComparison.Ordinal);
        Assert.Contains("> Quote 4.", moreTexts, StringComparison.Ordinal);
        Assert.Contains("> Quote 5.", moreTexts, StringComparison.Ordinal);
        Assert.Null(Button(more, "More sources"));
        SlackSafety.AssertSafe(more.Json!);
    }

    [Fact]
    public async Task EphemeralCommand_AnswersTheAskerOnly_AndShareInChannelPostsItForAll()
    {
        await using var slack = await FakeSlack.StartAsync();
        var settings = BotUnderTest.Settings(slack, SlackMode.Http);
        settings["Chat:EphemeralCommands"] = "true";
        await using var bot = await BotUnderTest.StartAsync(settings, new FakeAnswerer());
        string command = "token=x&team_id=T1&team_domain=test&channel_id=C1&channel_name=general&user_id=U1&user_name=ada&command=%2Fdiplo" +
            $"&text={Uri.EscapeDataString("ask When is the third round?")}&api_app_id=A1&response_url={Uri.EscapeDataString(slack.ResponseUrl("cmd").ToString())}&trigger_id=1.2.3";

        using (var ack = await bot.PostSignedAsync("slack/commands", command, Form))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        RecordedCall answer = (await slack.WaitForAsync(c => c.Any(x => x.Method == "response_url"))).Single(x => x.Method == "response_url");
        Assert.Equal("ephemeral", answer["response_type"]);
        string share = Button(answer, "Share in channel")!;
        using (var click = await bot.PostSignedAsync("slack/interactivity", Form(Click("C1", "U1", share, "1800000000.000009", slack.ResponseUrl("share"), "diplo_share")), Form))
        {
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        }

        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage") && c.Count(x => x.Method == "response_url") == 2);
        RecordedCall shared = calls.Single(x => x.Method == "chat.postMessage");
        Assert.Equal("C1", shared["channel"]);
        Assert.Null(shared["thread_ts"]);
        Assert.Contains("Answer to: When is the third round?", Texts(shared.Json!), StringComparison.Ordinal);
        Assert.NotNull(Button(shared, "Helpful"));
        Assert.Null(Button(shared, "Share in channel"));
        Assert.Equal("true", calls.Last(x => x.Method == "response_url")["delete_original"]);
        SlackSafety.AssertSafe(shared.Json!);
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
