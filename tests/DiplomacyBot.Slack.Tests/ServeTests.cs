using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DiplomacyBot.Slack.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Slack.Tests;

/// <summary><c>serve</c> itself: the HTTP API on the real store and index, start-up validation, and Slack on the real engine.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task HealthReadyAndAsk_AnswerFromTheRealStore_InTheAskJsonShape()
    {
        using var temp = new TempFolder();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null, SlackMode.SocketMode, temp.File("bot.db")));

        using var health = await bot.Http.GetAsync(new Uri("healthz", UriKind.Relative));
        using var ready = await bot.Http.GetAsync(new Uri("readyz", UriKind.Relative));
        using var ask = await bot.Http.PostAsync(
            new Uri("api/ask", UriKind.Relative),
            new StringContent("""{"question": "When is the third round?"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["components"]!["engine"]!.ToString());
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        var answer = JsonNode.Parse(await ask.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["question", "answer", "abstained", "citations", "outcome"], answer.Select(p => p.Key).ToArray());
        Assert.Equal("When is the third round?", answer["question"]!.ToString());
        Assert.False((bool)answer["abstained"]!);
        var citation = answer["citations"]![0]!.AsObject();
        Assert.Equal(["article_id", "title", "outlet", "published", "date_basis", "quote", "start", "end", "source", "score"], citation.Select(p => p.Key).ToArray());
        Assert.Equal("2025-09-28", citation["published"]!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"question": ""}""")]
    [InlineData("""{"question": 42}""")]
    [InlineData("not json")]
    public async Task Ask_WithoutAQuestion_Is400WithAReason(string body)
    {
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null, SlackMode.SocketMode), new FakeAnswerer());
        using var response = await bot.Http.PostAsync(new Uri("api/ask", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("question", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AsOfADay_PassesTheDayToTheAnswerer()
    {
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null, SlackMode.SocketMode), answerer);
        using var response = await bot.Http.PostAsync(
            new Uri("api/ask", UriKind.Relative),
            new StringContent("""{"question": "When is the third round?", "as_of": "2025-10-01"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([new DateOnly(2025, 10, 1)], answerer.AsOfs.ToArray());
        Assert.Equal("answered", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["outcome"]!.ToString());
    }

    [Theory]
    [InlineData("""{"question": "When?", "as_of": "2025-02-30"}""")]
    [InlineData("""{"question": "When?", "as_of": 20251001}""")]
    [InlineData("""{"question": "When?", "as_of": "last week"}""")]
    public async Task Ask_WithAnUnreadableAsOf_Is400NamingIt(string body)
    {
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null, SlackMode.SocketMode), answerer);
        using var response = await bot.Http.PostAsync(new Uri("api/ask", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("as_of", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.ToString(), StringComparison.Ordinal);
        Assert.Empty(answerer.Questions);
    }

    [Fact]
    public async Task Start_WithMissingSlackKeys_FailsNamingEachKey()
    {
        var settings = BotUnderTest.Settings(null, SlackMode.Http);
        settings["Slack:Enabled"] = "true";
        settings["Slack:SigningSecret"] = "";
        settings["Slack:BotToken"] = "";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));

        Assert.Contains("Slack:SigningSecret is required when Slack:Mode is Http", error.Failures);
        Assert.Contains("Slack:BotToken is required when Slack:Enabled is true", error.Failures);
    }

    [Fact]
    public async Task Start_WithABadUrl_FailsNamingHttpUrls()
    {
        var settings = BotUnderTest.Settings(null, SlackMode.SocketMode);
        settings["Http:Urls"] = "ftp://nowhere";
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));
        Assert.Contains(error.Failures, f => f.StartsWith("Http:Urls", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithATokenSlackRejects_FailsWithSlacksErrorAndNoToken()
    {
        await using var slack = await FakeSlack.StartAsync();
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Slack:BotToken"] = "xoxb-wrong-token-value";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BotUnderTest.StartAsync(settings, new FakeAnswerer()));

        Assert.Contains("invalid_auth", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_OnTheRealEngine_IsAnsweredWithADatedVerbatimQuote()
    {
        using var temp = new TempFolder();
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(slack, SlackMode.SocketMode, temp.File("bot.db")));
        FakeSocket socket = await slack.NextSocketAsync(TimeSpan.FromSeconds(30));

        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C1", "1.1", "<@UBOT> When is the third round?"));
        var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"), TimeSpan.FromSeconds(30));

        RecordedCall post = Assert.Single(calls, c => c.Method == "chat.postMessage");
        SlackSafety.AssertSafe(post.Json!);
        string blocks = string.Join("\n", post.Json!["blocks"]!.AsArray().Select(b => b!["text"]?["text"]?.ToString() ?? b!["elements"]![0]!["text"]!.ToString()));
        Assert.Contains("> According to a Russian state-operated news outlet, Lavrov stated", blocks, StringComparison.Ordinal);
        Assert.Contains("MENAFN · 28 Sep 2025, from the article id", blocks, StringComparison.Ordinal);
    }
}
