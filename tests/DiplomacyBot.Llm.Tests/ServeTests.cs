using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DiplomacyBot.Hosting;
using DiplomacyBot.Llm.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Llm.Tests;

/// <summary><c>serve</c> with a model configured: the HTTP API answers through it, and a bad Llm section stops start-up naming the key.</summary>
public sealed class ServeTests
{
    private static Dictionary<string, string?> Settings(string storePath, FakeOpenAi? server) => new()
    {
        ["Http:Urls"] = "http://127.0.0.1:0",
        ["Storage:Path"] = storePath,
        ["Corpus:DefaultPath"] = "/nonexistent-use-embedded",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Llm:Enabled"] = "true",
        ["Llm:Endpoint"] = server?.Endpoint.ToString() ?? string.Empty,
        ["Llm:ApiKey"] = LlmTestBed.ApiKey,
        ["Llm:ChatModel"] = "fake-chat",
        ["Llm:RewriteQueries"] = "false",
    };

    [Fact]
    public async Task ApiAsk_WithAModel_AnswersThroughItWithVerifiedQuotes()
    {
        using var temp = new TempFolder();
        await using FakeOpenAi server = await FakeOpenAi.StartAsync();
        server.OnChat = call => ChatScript.Json(new
        {
            answer = $"The third round is planned for this fall [{SentPrompts.PassageIdOf(call.User, "agreed to hold a third")}].",
            quotes = Array.Empty<object>(),
        });
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(temp.File("bot.db"), server)).Build();
        await using WebApplication app = ServeHost.Build(configuration);
        await app.StartAsync();
        string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(2) };

        using var response = await http.PostAsync(new Uri("api/ask", UriKind.Relative), new StringContent("""{"question": "When is the third round?"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("The third round is planned for this fall.", answer["answer"]!.ToString());
        string quote = answer["citations"]![0]!["quote"]!.ToString();
        Assert.True(quote.Contains("third", StringComparison.Ordinal) && quote.Contains("fall", StringComparison.Ordinal), quote);
        Assert.Equal("2025-09-28", answer["citations"]![0]!["published"]!.ToString());
        Assert.Single(server.ChatCalls);
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_WithAnLlmSectionMissingItsEndpoint_FailsNamingTheKey()
    {
        using var temp = new TempFolder();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(temp.File("bot.db"), null)).Build();
        await using WebApplication app = ServeHost.Build(configuration);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("Llm:Endpoint is required", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains(LlmTestBed.ApiKey, StringComparison.Ordinal));
    }
}
