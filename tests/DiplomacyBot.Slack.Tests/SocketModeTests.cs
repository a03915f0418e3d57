using DiplomacyBot.Testing;
using System.Text.Json.Nodes;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Slack.Tests;

/// <summary>The real adapter in Socket Mode, inside the real <c>serve</c> host, against a fake Slack over real WebSockets.</summary>
public sealed class SocketModeTests
{
    private static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Mention_IsAckedAtOnceAndAnsweredInItsThread()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket socket = await slack.NextSocketAsync();

        DateTimeOffset sent = DateTimeOffset.UtcNow;
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1700000001.000100", "<@UBOT> When is the third round?"));
        var posts = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Status == 200));
        await slack.WaitForAsync(_ => !socket.Acks.IsEmpty);

        var (envelope, ackedAt) = Assert.Single(socket.Acks);
        Assert.Equal("env-1", envelope);
        Assert.True(ackedAt - sent < AckDeadline);
        RecordedCall post = Assert.Single(posts, x => x.Method == "chat.postMessage");
        Assert.Equal("C1", post["channel"]);
        Assert.Equal("1700000001.000100", post["thread_ts"]);
        Assert.Equal($"Bearer {FakeSlack.BotToken}", post.Authorization);
        Assert.Contains("Answer to: When is the third round?", post["text"], StringComparison.Ordinal);
        Assert.Equal("> The third round will be held this fall.", post.Json!["blocks"]![1]!["text"]!["text"]!.ToString());
        SlackSafety.AssertSafe(post.Json!);
        Assert.Contains(slack.Calls, c => c.Method == "auth.test");
        Assert.Contains(slack.Calls, c => c.Method == "apps.connections.open" && c.Authorization == $"Bearer {FakeSlack.AppToken}");
    }

    [Fact]
    public async Task MentionAtTheEnd_IsTakenOutOfTheQuestion()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", $"When is the third round, <@{FakeSlack.BotUserId}>?"));
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-2", "Ev2", "C1", "1.2", $"Who is <@U2> meeting, <@{FakeSlack.BotUserId}|diplobot>, next week?"));
        await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") >= 2);

        Assert.Equal(["When is the third round?", "Who is @U2 meeting next week?"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task SlashCommand_AckCarriesLookingThatUp_ThenTheAnswerGoesToTheResponseUrl()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.SlashCommandEnvelope("env-1", "C1", "ask When is the third round?", slack.ResponseUrl("r1"), "398738663015.1"));
        JsonObject ack = Assert.IsType<JsonObject>(await socket.AckPayloadAsync("env-1"));
        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "response_url"));

        Assert.Equal("ephemeral", ack["response_type"]!.ToString());
        Assert.Equal(SlackCommandAck.LookingUp, ack["text"]!.ToString());
        RecordedCall answer = Assert.Single(calls, c => c.Method == "response_url");
        Assert.Contains("Answer to: When is the third round?", answer["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_InAChannelTheBotDoesNotAnswerIn_SaysSoInTheAck()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Slack:AllowedChannels:0"] = "C9";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.SlashCommandEnvelope("env-1", "C1", "ask When is the third round?", slack.ResponseUrl("r1"), "398738663015.1"));
        JsonObject ack = Assert.IsType<JsonObject>(await socket.AckPayloadAsync("env-1"));

        Assert.Equal("ephemeral", ack["response_type"]!.ToString());
        Assert.Equal(SlackCommandAck.NotHere, ack["text"]!.ToString());
        Assert.Empty(answerer.Questions);
        Assert.DoesNotContain(slack.Calls, c => c.Method is "response_url" or "chat.postMessage");
    }

    [Fact]
    public async Task EventAck_CarriesNoPayload()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> When is the third round?"));

        Assert.Null(await socket.AckPayloadAsync("env-1"));
    }

    [Fact]
    public async Task Shutdown_AnswersTheQuestionsAlreadyAcknowledged()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new SlowAnswerer(TimeSpan.FromMilliseconds(300));
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();
        for (int i = 1; i <= 3; i++)
        {
            await socket.SendAsync(FakeSlack.MentionEnvelope($"env-{i}", $"Ev{i}", "C1", $"170000000{i}.000100", $"<@UBOT> question {i}"));
        }

        await slack.WaitForAsync(_ => socket.Acks.Count == 3);
        await bot.App.StopAsync();

        var posts = slack.Posts().Where(c => c.Method == "chat.postMessage").ToList();
        Assert.Equal(3, posts.Count);
        Assert.Equal(["1700000001.000100", "1700000002.000100", "1700000003.000100"], posts.Select(p => p["thread_ts"]));
    }

    private sealed class SlowAnswerer(TimeSpan delay) : DiplomacyBot.Core.Answering.IAnswerer
    {
        /// <summary>Does its work on the calling thread before handing back a finished task, as CPU-bound answering does.</summary>
        public Task<DiplomacyBot.Core.Answering.Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default)
        {
            Thread.Sleep(delay);
            return Task.FromResult(new DiplomacyBot.Core.Answering.Answer(question, $"Answer to: {question}", false, []));
        }
    }

    [Fact]
    public async Task RetriedEvent_AndTheSameMessageAsAMessageEvent_YieldExactlyOneAnswer()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1700000001.000100", "<@UBOT> first question"));
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-2", "Ev1", "C1", "1700000001.000100", "<@UBOT> first question", retry: 1));
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-3", "Ev1", "C1", "1700000001.000100", "<@UBOT> first question", retry: 2));
        var sameMessage = FakeSlack.MentionEnvelope("env-4", "Ev2", "C1", "1700000001.000100", "<@UBOT> first question");
        sameMessage["payload"]!["event"]!["type"] = "message";
        sameMessage["payload"]!["event"]!["channel_type"] = "channel";
        await socket.SendAsync(sameMessage);
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-5", "Ev3", "C1", "1700000002.000100", "<@UBOT> second question"));

        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && (x["text"] ?? string.Empty).Contains("second question", StringComparison.Ordinal)));
        await slack.WaitForAsync(_ => socket.Acks.Count >= 5);
        Assert.Equal(["env-1", "env-2", "env-3", "env-4", "env-5"], socket.Acks.Select(a => a.EnvelopeId).ToArray());
        Assert.Single(slack.Posts(), p => (p["text"] ?? string.Empty).Contains("first question", StringComparison.Ordinal));
        Assert.Equal(["first question", "second question"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task OwnAndOtherBotsMessages_AreIgnored()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket socket = await slack.NextSocketAsync();

        var own = FakeSlack.MentionEnvelope("env-1", "Ev1", "D1", "1.1", "my own answer", user: FakeSlack.BotUserId);
        own["payload"]!["event"]!["type"] = "message";
        own["payload"]!["event"]!["channel_type"] = "im";
        var otherBot = FakeSlack.MentionEnvelope("env-2", "Ev2", "C1", "1.2", "<@UBOT> from a bot", user: "U9");
        otherBot["payload"]!["event"]!["bot_id"] = "B9";
        await socket.SendAsync(own);
        await socket.SendAsync(otherBot);
        var dm = FakeSlack.MentionEnvelope("env-3", "Ev3", "D1", "1.3", "a direct question");
        dm["payload"]!["event"]!["type"] = "message";
        dm["payload"]!["event"]!["channel_type"] = "im";
        await socket.SendAsync(dm);

        var posts = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));
        Assert.Equal(["a direct question"], answerer.Questions.ToArray());
        Assert.Equal("1.3", Assert.Single(posts, p => p.Method == "chat.postMessage")["thread_ts"]);
    }

    [Fact]
    public async Task DroppedSocket_Reconnects_AndNoQuestionIsLost()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, answerer);
        FakeSocket first = await slack.NextSocketAsync();

        // A question goes out, and the link drops before Slack sees any ack: Slack delivers it again on the next link.
        JsonObject envelope = FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> asked before the drop");
        await first.SendAsync(envelope);
        first.Drop();

        FakeSocket second = await slack.NextSocketAsync();
        await second.SendAsync(FakeSlack.MentionEnvelope("env-1b", "Ev1", "C1", "1.1", "<@UBOT> asked before the drop", retry: 1));
        await second.SendAsync(FakeSlack.MentionEnvelope("env-2", "Ev2", "C1", "1.2", "<@UBOT> asked after the drop"));

        await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") >= 2);
        await slack.WaitForAsync(c => c.Any(x => (x["text"] ?? string.Empty).Contains("after the drop", StringComparison.Ordinal)));
        Assert.Single(slack.Posts(), p => (p["text"] ?? string.Empty).Contains("before the drop", StringComparison.Ordinal));
        Assert.Single(slack.Posts(), p => (p["text"] ?? string.Empty).Contains("after the drop", StringComparison.Ordinal));
        Assert.Equal(2, slack.ConnectionsOpened);
        await slack.WaitForAsync(_ => second.Acks.Any(a => a.EnvelopeId == "env-2"));
        Assert.Contains(second.Acks, a => a.EnvelopeId == "env-2");
    }

    [Fact]
    public async Task FrameThatIsNotAnObject_IsLoggedAndSkipped_AndTheLinkStaysUp()
    {
        await using var slack = await FakeSlack.StartAsync();
        var logs = new LogCapture();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(slack, SlackMode.SocketMode), new FakeAnswerer(), services => services.AddSingleton<ILoggerProvider>(logs));
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendTextAsync("[1,2,3]");
        await socket.SendTextAsync("42");
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> still listening?"));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        Assert.Equal(1, slack.ConnectionsOpened);
        Assert.False(socket.Closed.IsCompleted);
        Assert.Equal(2, logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("Slack Socket Mode: skipped a WebSocket frame that is JSON but not an object", StringComparison.Ordinal)));
        Assert.Contains(logs.Lines, l => l.Text.Contains("(Number, 2 bytes)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerClose_IsLoggedWithItsCodeAndReason_AndTheLinkReopens()
    {
        await using var slack = await FakeSlack.StartAsync();
        var logs = new LogCapture();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(slack, SlackMode.SocketMode), new FakeAnswerer(), services => services.AddSingleton<ILoggerProvider>(logs));
        FakeSocket first = await slack.NextSocketAsync();

        await first.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.InternalServerError, "server restarting");
        FakeSocket second = await slack.NextSocketAsync();
        await second.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> back?"));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("Slack Socket Mode: the server closed the WebSocket with code 1011 (server restarting)", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Text.Contains("connection lost (socket closed with 1011 server restarting)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefreshRequested_OpensTheNewConnectionBeforeClosingTheOld()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket first = await slack.NextSocketAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested", ["debug_info"] = new JsonObject { ["host"] = "fake" } });
        FakeSocket second = await slack.NextSocketAsync();
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(second.OpenedAt <= first.ClosedAt, "the replacement opened before the old link closed");
        await second.SendAsync(FakeSlack.MentionEnvelope("env-9", "Ev9", "C1", "9.9", "<@UBOT> still there?"));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));
    }

    [Fact]
    public async Task LinkDisabled_StopsWithoutReconnecting_AndReadinessSaysWhy()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        FakeSocket first = await slack.NextSocketAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "link_disabled" });
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<OperationCanceledException>(() => slack.NextSocketAsync(TimeSpan.FromSeconds(1)));

        Assert.Equal(1, slack.Calls.Count(c => c.Method == "apps.connections.open"));
        var readiness = bot.Get<ChatReadiness>();
        Assert.False(readiness.IsReady);
        Assert.Contains("link_disabled", readiness.Snapshot()[SocketModeClient.Component], StringComparison.Ordinal);
        var readyz = await bot.Http.GetAsync(new Uri("readyz", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
    }

    [Fact]
    public async Task HostileArticleText_ThroughTheAdapter_NeverPings()
    {
        await using var slack = await FakeSlack.StartAsync();
        string hostile = "<!channel> <!here> <!everyone> <@U024BE7LH> &lt;!here&gt; " + new string('<', 5000) + "\n> fake quote";
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode, new FakeAnswerer(hostile, "<!here> title", "<@U1> outlet"));
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> <!channel> ping everyone"));
        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        foreach (RecordedCall post in calls.Where(c => c.Method == "chat.postMessage"))
        {
            SlackSafety.AssertSafe(post.Json!);
        }
    }
}
