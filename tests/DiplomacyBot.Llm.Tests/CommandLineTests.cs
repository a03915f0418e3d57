using System.Text.Json;
using DiplomacyBot.Llm.Tests.Support;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Llm.Tests;

/// <summary>The real program in a child process, configured through DIPLOMACYBOT_Llm__* variables, against the fake model server.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Question = "When is the third round?";
    private readonly TempFolder temp = new();

    private string Db => temp.File("bot.db");

    private static Dictionary<string, string> LlmEnvironment(FakeOpenAi server) => new()
    {
        ["DIPLOMACYBOT_Llm__Enabled"] = "true",
        ["DIPLOMACYBOT_Llm__Endpoint"] = server.Endpoint.ToString(),
        ["DIPLOMACYBOT_Llm__ApiKey"] = LlmTestBed.ApiKey,
        ["DIPLOMACYBOT_Llm__ChatModel"] = "fake-chat",
        ["DIPLOMACYBOT_Llm__RetryDelaySeconds"] = "0.05",
        ["DIPLOMACYBOT_Logging__LogLevel__Default"] = "Trace",
    };

    [Fact]
    public async Task Ask_WithAModel_ShowsItsAnswerWithTheStoredVerbatimQuote()
    {
        await using FakeOpenAi server = await FakeOpenAi.StartAsync();
        server.OnChat = call => SentPrompts.IsRewrite(call)
            ? ChatScript.Reply("third round talks")
            : ChatScript.Json(new
            {
                answer = $"A third round is planned for this fall [{SentPrompts.PassageIdOf(call.User, "agreed to hold a third")}].",
                quotes = new[] { new { passage = SentPrompts.PassageIdOf(call.User, "agreed to hold a third"), quote = "we've already had two rounds, and (US Secretary of State) Marco Rubio and I agreed to hold a third this fall." } },
            });

        BotRun run = await BotProcess.RunAsync(temp.Path, ["ask", "--json", Question, "--db", Db], environment: LlmEnvironment(server));

        Assert.True(run.ExitCode == 0, run.StdErr);
        JsonElement answer = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal("A third round is planned for this fall.", answer.GetProperty("answer").GetString());
        JsonElement citation = answer.GetProperty("citations")[0];
        Assert.Equal("we\u2019ve already had two rounds, and (US Secretary of State) Marco Rubio and I agreed to hold a third this fall", citation.GetProperty("quote").GetString());
        Assert.Equal("2025-09-28", citation.GetProperty("published").GetString());
        Assert.Equal(2, server.ChatCalls.Count);
        Assert.DoesNotContain(LlmTestBed.ApiKey, run.StdErr + run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhenTheModelServiceFails_PrintsExactlyTheAnswerGivenWithoutAModel()
    {
        await using FakeOpenAi server = await FakeOpenAi.StartAsync();
        server.OnChat = _ => ChatScript.Error(500);
        BotRun without = await BotProcess.RunAsync(temp.Path, ["ask", Question, "--db", Db]);

        BotRun with = await BotProcess.RunAsync(temp.Path, ["ask", Question, "--db", Db], environment: LlmEnvironment(server));

        Assert.True(with.ExitCode == 0, with.StdErr);
        Assert.Equal(without.StdOut, with.StdOut);
        Assert.Contains("Model answer not used (the model service answered HTTP 500)", with.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestBed.ApiKey, with.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithABadLlmSection_NamesTheKeyAndExitsWith2()
    {
        BotRun run = await BotProcess.RunAsync(temp.Path, ["ask", Question, "--db", Db], environment: new Dictionary<string, string>
        {
            ["DIPLOMACYBOT_Llm__Enabled"] = "true",
            ["DIPLOMACYBOT_Llm__ApiKey"] = LlmTestBed.ApiKey,
        });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Llm:Endpoint is required when Llm:Enabled is true", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestBed.ApiKey, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelineSummarize_WithoutAModel_WritesACitedNarrativeFromTheEvents()
    {
        BotRun run = await BotProcess.RunAsync(temp.Path, ["timeline", "--summarize", "--json", "--db", Db]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        JsonElement summary = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("summary");
        Assert.Equal("extractive", summary.GetProperty("generated_by").GetString());
        Assert.NotEmpty(summary.GetProperty("claims").EnumerateArray());
        Assert.All(summary.GetProperty("claims").EnumerateArray(), c => Assert.NotEmpty(c.GetProperty("citations").EnumerateArray()));
    }

    [Fact]
    public async Task Embed_WithEmbeddingsOffOrTheEndpointLackingAModel_SaysWhatIsNeeded()
    {
        BotRun off = await BotProcess.RunAsync(temp.Path, ["embed", "--db", Db], environment: new Dictionary<string, string> { ["DIPLOMACYBOT_Embeddings__Provider"] = "none" });
        BotRun noModel = await BotProcess.RunAsync(temp.Path, ["embed", "--db", Db], environment: new Dictionary<string, string> { ["DIPLOMACYBOT_Embeddings__Provider"] = "openai" });

        Assert.Equal(2, off.ExitCode);
        Assert.Contains("Embeddings:Provider", off.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, noModel.ExitCode);
        Assert.Contains("Llm:EmbeddingModel", noModel.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embed_WithAnEmbeddingModel_EmbedsEverySentenceOnce()
    {
        await using FakeOpenAi server = await FakeOpenAi.StartAsync();
        var environment = LlmEnvironment(server);
        environment["DIPLOMACYBOT_Llm__EmbeddingModel"] = "fake-embed";
        environment["DIPLOMACYBOT_Llm__EmbeddingBatchSize"] = "16";
        environment["DIPLOMACYBOT_Embeddings__Provider"] = "openai";

        BotRun first = await BotProcess.RunAsync(temp.Path, ["embed", "--db", Db], environment: environment);
        BotRun second = await BotProcess.RunAsync(temp.Path, ["embed", "--db", Db], environment: environment);

        Assert.True(first.ExitCode == 0, first.StdErr);
        int sent = server.EmbeddingCalls.Sum(b => b.Count);
        Assert.True(sent > 0);
        Assert.All(server.EmbeddingCalls, b => Assert.InRange(b.Count, 1, 16));
        // An empty store is seeded with the sample corpus first, and seeding embeds it: every sentence once, whichever
        // run did it, and nothing left for the second.
        Assert.Matches(@"^[\d,]+ sentences? embedded in [\d,]+ batch(?:es)? with fake-embed\+titled", first.StdOut);
        Assert.StartsWith("0 sentences embedded in 0 batches with fake-embed+titled, 0 stale vectors removed;", second.StdOut, StringComparison.Ordinal);
        Assert.Equal(server.EmbeddingCalls.SelectMany(b => b).Count(), server.EmbeddingCalls.SelectMany(b => b).Distinct().Count());
    }

    [Fact]
    public async Task Ingest_WithAnEmbeddingModel_EmbedsTheNewSentencesAfterStoringThem()
    {
        await using FakeOpenAi server = await FakeOpenAi.StartAsync();
        var environment = LlmEnvironment(server);
        environment["DIPLOMACYBOT_Llm__EmbeddingModel"] = "fake-embed";
        environment["DIPLOMACYBOT_Embeddings__Provider"] = "openai";
        string corpus = TestCorpus.WriteJsonl(temp.Path);

        BotRun run = await BotProcess.RunAsync(temp.Path, ["ingest", corpus, "--db", Db], environment: environment);

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.StartsWith("3 ingested", run.StdOut, StringComparison.Ordinal);
        int sent = server.EmbeddingCalls.Sum(b => b.Count);
        Assert.Contains($"{Core.Text.Counted.Of(sent, "sentence")} embedded in {Core.Text.Counted.Of(server.EmbeddingCalls.Count, "batch", "batches")} with fake-embed+titled", run.StdOut, StringComparison.Ordinal);
        // Each sentence is sent as its passage: the article's title, then the sentence.
        Assert.Contains($"Banking deal reached: {TestCorpus.BankingAccounts}", server.EmbeddingCalls.SelectMany(b => b));
    }

    public void Dispose() => temp.Dispose();
}
