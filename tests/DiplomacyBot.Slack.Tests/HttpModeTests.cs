using DiplomacyBot.Testing;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DiplomacyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Slack.Tests;

/// <summary>The real adapter in HTTP mode: Slack's signed requests to <c>/slack/events</c> and <c>/slack/commands</c> on the real host.</summary>
public sealed class HttpModeTests
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    private static string SlashCommand(string text, Uri responseUrl, string trigger = "398738663015.1") =>
        "token=x&team_id=T1&team_domain=test&channel_id=C1&channel_name=general&user_id=U1&user_name=ada&command=%2Fdiplo" +
        $"&text={Uri.EscapeDataString(text)}&api_app_id=A1&response_url={Uri.EscapeDataString(responseUrl.ToString())}&trigger_id={trigger}";

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);
        string body = """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        using var response = await bot.PostSignedAsync("slack/events", body, Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", reply["challenge"]!.ToString());
    }

    [Fact]
    public async Task SlashCommand_IsAckedInUnderThreeSeconds_ThenAnsweredViaResponseUrl()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);

        // A first command readies the server's code paths, so the timed one measures the acknowledgement itself.
        using (var first = await bot.PostSignedAsync("slack/commands", SlashCommand("ask When was the first meeting?", slack.ResponseUrl("r0"), trigger: "398738663015.0"), Form))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await slack.WaitForAsync(c => c.Any(x => x.Method == "response_url"));
        long started = Stopwatch.GetTimestamp();
        using var response = await bot.PostSignedAsync("slack/commands", SlashCommand("ask When is the third round?", slack.ResponseUrl("r1")), Form);
        TimeSpan ackTime = Stopwatch.GetElapsedTime(started);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(ackTime < TimeSpan.FromSeconds(3), $"acked in {ackTime}");
        Assert.Equal("ephemeral", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["response_type"]!.ToString());
        var calls = await slack.WaitForAsync(c => c.Count(x => x.Method == "response_url") >= 2);
        RecordedCall answer = Assert.Single(calls, c => c.Method == "response_url" && c["text"]?.Contains("Answer to: When is the third round?", StringComparison.Ordinal) == true);
        Assert.Equal("in_channel", answer["response_type"]);
        Assert.Contains("Answer to: When is the third round?", answer["text"], StringComparison.Ordinal);
        SlackSafety.AssertSafe(answer.Json!);
    }

    [Fact]
    public async Task SlashCommand_WhoseResponseUrlHasExpired_IsAnsweredInTheChannel()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);

        using var response = await bot.PostSignedAsync("slack/commands", SlashCommand("ask When is the third round?", slack.ExpiredResponseUrl("r1")), Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        Assert.Single(calls, c => c.Method == "response_url" && c.Status == 404);
        RecordedCall post = Assert.Single(calls, c => c.Method == "chat.postMessage");
        Assert.Equal("C1", post["channel"]);
        Assert.Null(post["thread_ts"]);
        Assert.Contains("Answer to: When is the third round?", post["text"], StringComparison.Ordinal);
        SlackSafety.AssertSafe(post.Json!);
    }

    [Fact]
    public async Task RetriedEvent_YieldsExactlyOneAnswer()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http, answerer);
        string first = FakeSlack.MentionCallback("Ev1", "C1", "1.1", "<@UBOT> once only").ToJsonString();
        string second = FakeSlack.MentionCallback("Ev2", "C1", "1.2", "<@UBOT> the marker").ToJsonString();

        for (int retry = 0; retry < 4; retry++)
        {
            using var response = await bot.PostSignedAsync("slack/events", first, Json);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var marker = await bot.PostSignedAsync("slack/events", second, Json))
        {
            Assert.Equal(HttpStatusCode.OK, marker.StatusCode);
        }

        await slack.WaitForAsync(c => c.Any(x => (x["text"] ?? string.Empty).Contains("the marker", StringComparison.Ordinal)));
        Assert.Single(slack.Posts(), p => (p["text"] ?? string.Empty).Contains("once only", StringComparison.Ordinal));
        Assert.Equal(["once only", "the marker"], answerer.Questions.ToArray());
    }

    [Fact]
    public async Task TamperedExpiredOrUnsignedRequests_Get401_AndAreNotAnswered()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http, answerer);
        string body = FakeSlack.MentionCallback("Ev1", "C1", "1.1", "<@UBOT> sneaky").ToJsonString();
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var tampered = await bot.PostSignedAsync("slack/events", body, Json, tamper: b => b.Replace("sneaky", "sneakier", StringComparison.Ordinal));
        using var expired = await bot.PostSignedAsync("slack/events", body, Json, timestamp: now - 330);
        using var future = await bot.PostSignedAsync("slack/events", body, Json, timestamp: now + 330);
        using var wrongSecret = await bot.PostSignedAsync("slack/events", body, Json, secret: "not-the-secret");
        using var command = await bot.PostSignedAsync("slack/commands", SlashCommand("help", slack.ResponseUrl("r1")), Form, timestamp: now - 600);
        using var unsigned = await bot.Http.PostAsync(new Uri("slack/events", UriKind.Relative), new StringContent(body));

        Assert.All([tampered, expired, future, wrongSecret, command, unsigned], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Empty(answerer.Questions);
        Assert.DoesNotContain(slack.Calls, c => c.Method is "chat.postMessage" or "response_url");
    }

    [Theory]
    [InlineData("invalid UTF-8 in a string", new byte[] { 0xC3, 0x28 })]
    [InlineData("a lone continuation byte", new byte[] { 0x80 })]
    [InlineData("an overlong encoding", new byte[] { 0xC0, 0xAF })]
    public async Task SignedEventWithInvalidUtf8_Gets400_WithOneLogLineAndNoException(string what, byte[] bad)
    {
        await using var slack = await FakeSlack.StartAsync();
        var answerer = new FakeAnswerer();
        var logs = new LogCapture();
        var settings = BotUnderTest.Settings(slack, SlackMode.Http);
        settings["Logging:LogLevel:Default"] = "Information";
        await using var bot = await BotUnderTest.StartAsync(settings, answerer, services => services.AddSingleton<ILoggerProvider>(logs));
        byte[] body = [.. Encoding.UTF8.GetBytes("""{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.1","text":"<@UBOT> """), .. bad, .. Encoding.UTF8.GetBytes("\"}}")];

        using var response = await bot.PostSignedBytesAsync("slack/events", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        Assert.Single(logs.Lines, l => l.Text.Contains("/slack/events", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Empty(answerer.Questions);
    }

    [Fact]
    public async Task RateLimitedPost_IsRetriedAfterRetryAfter_AndPostedOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.RateLimit("chat.postMessage", seconds: 1);
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);

        using var response = await bot.PostSignedAsync("slack/events", FakeSlack.MentionCallback("Ev1", "C1", "1.1", "<@UBOT> busy?").ToJsonString(), Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Status == 200));
        RecordedCall limited = Assert.Single(calls, c => c.Method == "chat.postMessage" && c.Status == 429);
        RecordedCall posted = Assert.Single(calls, c => c.Method == "chat.postMessage" && c.Status == 200);
        Assert.True(posted.At - limited.At >= TimeSpan.FromMilliseconds(950), $"retried after {(posted.At - limited.At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task SslCheck_IsAcceptedWithoutASignature()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);
        using var response = await bot.Http.PostAsync(new Uri("slack/commands", UriKind.Relative), new StringContent("ssl_check=1&token=x", System.Text.Encoding.UTF8, Form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EventsEndpoint_IsAbsentInSocketMode()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.SocketMode);
        using var response = await bot.PostSignedAsync("slack/events", "{}", Json);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
