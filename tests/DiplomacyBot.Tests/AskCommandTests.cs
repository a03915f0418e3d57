using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary>
/// <c>ask</c> through the real program, each test on its own copy of the store the first run seeds; the answers that
/// tests only read come from one run of the program over all their questions (<see cref="SampleAnswers"/>).
/// </summary>
public sealed class AskCommandTests(SampleAnswers answers) : IAsyncLifetime, IClassFixture<SampleAnswers>
{
    private readonly TempFolder _temp = new();

    private string Db { get; set; } = null!;

    public async Task InitializeAsync() => Db = await SeededStore.CopyToAsync(_temp.File("seeded"));

    private JsonElement AskJson(string question)
    {
        Assert.Contains(question, SampleAnswers.Questions);
        return answers[question];
    }

    [Fact]
    public async Task FirstRun_OnAnEmptyStore_IngestsTheBundledCorpusAndSaysSoOnStderr()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["sources", "--json", "--db", _temp.File("empty.db")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("empty", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("sample corpus", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(5, JsonDocument.Parse(run.StdOut).RootElement.GetArrayLength());
    }

    [Fact]
    public void WhenIsTheThirdRound_AnswersAutumn2025CitingTheSeptemberArticle()
    {
        JsonElement answer = AskJson("When is the third round?");

        Assert.False(answer.GetProperty("abstained").GetBoolean());
        Assert.Contains("autumn 2025", answer.GetProperty("answer").GetString(), StringComparison.OrdinalIgnoreCase);
        JsonElement first = answer.GetProperty("citations")[0];
        Assert.Equal("2025-09-28", first.GetProperty("published").GetString());
        Assert.Equal("article-id", first.GetProperty("date_basis").GetString());
        Assert.Contains("third", first.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatWasAgreedOnBanking_CitesTheSecondIstanbulRoundArticle()
    {
        JsonElement answer = AskJson("What was agreed on banking?");

        Assert.False(answer.GetProperty("abstained").GetBoolean());
        var citations = answer.GetProperty("citations").EnumerateArray().ToList();
        Assert.All(citations.Take(2), c => Assert.StartsWith("003_", c.GetProperty("article_id").GetString(), StringComparison.Ordinal));
        string quotes = string.Join(" ", citations.Select(c => c.GetProperty("quote").GetString()));
        Assert.Contains("unimpeded banking and financial services", quotes, StringComparison.Ordinal);
        Assert.Contains("exchanged diplomatic notes", quotes, StringComparison.Ordinal);
        Assert.Contains("unimpeded banking", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How long did the second round last?", "Approximately five hours (5 hours)")]
    [InlineData("How many diplomatic properties should be returned to Russia?", "Six diplomatic properties")]
    public void LeadStatesTheFactAskedFor(string question, string leadStart)
    {
        JsonElement answer = AskJson(question);

        Assert.StartsWith(leadStart, answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the price of coffee in Brazil?")]
    [InlineData("Who won the football world cup final?")]
    [InlineData("How do I bake sourdough bread?")]
    public void UnrelatedQuestion_Abstains(string question)
    {
        JsonElement answer = AskJson(question);

        Assert.True(answer.GetProperty("abstained").GetBoolean());
        Assert.Matches("don't say|never mention", answer.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AskJsonDash_AnswersEachStdinLineInOrder()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["ask", "--json", "-", "--db", Db], stdin: "When is the third round?\n\nWhat was agreed on banking?\nWhat is the price of coffee?\n");

        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["When is the third round?", "", "What was agreed on banking?", "What is the price of coffee?"], lines.Select(l => l.GetProperty("question").GetString()));
        Assert.Contains("line 2 is empty", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal([false, false, true], lines.Where(l => !l.TryGetProperty("error", out _)).Select(l => l.GetProperty("abstained").GetBoolean()));
    }

    [Fact]
    public async Task AskUnquotedWords_AreTakenAsTheQuestion()
    {
        BotRun quoted = await BotProcess.RunAsync(_temp.Path, ["ask", "--json", "When is the third round?", "--db", Db]);
        BotRun words = await BotProcess.RunAsync(_temp.Path, ["ask", "--json", "When", "is", "the", "third", "round?", "--db", Db]);

        Assert.Equal(0, words.ExitCode);
        Assert.DoesNotContain("Unrecognized", words.StdErr, StringComparison.Ordinal);
        Assert.Equal(JsonDocument.Parse(quoted.StdOut).RootElement.GetProperty("answer").GetString(), JsonDocument.Parse(words.StdOut).RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AskEmpty_ExitsNonZeroWithAHint()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["ask", "  ", "--db", Db]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("the question is empty", run.StdErr, StringComparison.Ordinal);
        Assert.Empty(run.StdOut.Trim());
    }

    [Fact]
    public async Task AskText_ShowsLeadQuoteTitleOutletDateAndSource()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["ask", "When is the third round?", "--db", Db]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("autumn 2025", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("Russia, US Agree on Holding Negotiations This Fall", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("MENAFN", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("28 Sep 2025, from the article id", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("004_663476b79f98c05d", run.StdOut, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
