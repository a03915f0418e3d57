using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DiplomacyBot.Discord.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Discord.Tests;

/// <summary>The HTTP API's edges: body limits, unknown paths and methods, and the request log.</summary>
public sealed class HttpApiTests
{
    [Fact]
    public async Task Ask_WithABodyOverTheLimit_Is413BeforeItIsRead()
    {
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null), answerer);
        string body = "{\"question\": \"" + new string('a', 12 * 1024 * 1024) + "\"}";

        using var response = await bot.Http.PostAsync(new Uri("api/ask", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("KB", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.ToString(), StringComparison.Ordinal);
        Assert.Empty(answerer.Questions);
    }

    [Fact]
    public async Task Ask_WithAChunkedBodyOverTheLimit_Is413()
    {
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null), answerer);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"question\": \"" + new string('a', 200 * 1024) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/ask", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(answerer.Questions);
    }

    [Theory]
    [InlineData("GET", "api/ask", HttpStatusCode.MethodNotAllowed, "GET is not allowed on /api/ask")]
    [InlineData("GET", "nowhere", HttpStatusCode.NotFound, "no such endpoint: /nowhere")]
    [InlineData("DELETE", "healthz", HttpStatusCode.MethodNotAllowed, "DELETE is not allowed on /healthz")]
    public async Task UnknownPathsAndWrongMethods_GetAJsonError(string method, string path, HttpStatusCode status, string error)
    {
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null), new FakeAnswerer());

        using var response = await bot.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(error, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRequest_IsLoggedWithMethodPathStatusAndTime_ButNotTheQuestion()
    {
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null), new FakeAnswerer());

        using var response = await bot.Http.PostAsync(new Uri("api/ask?token=secret-in-query", UriKind.Relative), new StringContent("""{"question": "a private question"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The line is written once the response is complete, which may be just after the client has it.
        for (int i = 0; i < 100 && !bot.Logs.Lines.Any(l => l.Category == "DiplomacyBot.Http"); i++)
        {
            await Task.Delay(20);
        }

        var lines = bot.Logs.Lines.Where(l => l.Category == "DiplomacyBot.Http").ToList();
        Assert.Contains(lines, l => l.Level == LogLevel.Information && l.Text.StartsWith("POST /api/ask -> 200 in ", StringComparison.Ordinal));
        Assert.All(bot.Logs.Lines.Where(l => l.Level > LogLevel.Debug), l =>
        {
            Assert.DoesNotContain("a private question", l.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-in-query", l.Text, StringComparison.Ordinal);
        });
    }
}
