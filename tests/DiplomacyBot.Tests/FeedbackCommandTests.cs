using System.Text.Json;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary><c>feedback</c>, through the real program, on a store holding ratings given in chat.</summary>
public sealed class FeedbackCommandTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2025, 10, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly TempFolder temp = new();

    private string Db => temp.File("bot.db");

    public FeedbackCommandTests()
    {
        using var store = new LiteDbArticleStore(Db);
        store.SaveFeedback(new FeedbackRecord("a1", "slack", "C1", "1.1", "U1", "When is the third round?", "Autumn 2025.", ["articles/004.txt"], FeedbackRating.Helpful, At));
        store.SaveFeedback(new FeedbackRecord("a2", "discord", "600", null, "400", "Who led it?", "Lavrov.", [], FeedbackRating.NotHelpful, At.AddDays(2)));
        store.SaveFeedback(new FeedbackRecord("a1", "slack", "C1", "1.1", "U2", "When is the third round?", "Autumn 2025.", ["articles/004.txt"], FeedbackRating.Helpful, At.AddDays(1)));
    }

    [Fact]
    public async Task Feedback_ListsTheRatingsNewestFirst_WithTotals()
    {
        BotRun run = await BotProcess.RunAsync(temp.Path, ["feedback", "--db", Db]);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2025-10-03 09:30  not helpful  discord 600 · user 400", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2025-10-02 09:30  helpful      slack C1 thread 1.1 · user U2", lines.Single(l => l.Contains("user U2", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("    Q: When is the third round?", lines);
        Assert.Contains("    cited: articles/004.txt", lines);
        Assert.Equal("3 ratings: 2 helpful, 1 not helpful.", lines[^1]);
    }

    [Fact]
    public async Task FeedbackJson_Since_HasTheTotalsAndTheRecordsFromThatDay()
    {
        BotRun run = await BotProcess.RunAsync(temp.Path, ["feedback", "--json", "--since", "2025-10-02", "--db", Db]);
        BotRun bad = await BotProcess.RunAsync(temp.Path, ["feedback", "--since", "last week", "--db", Db]);

        Assert.Equal(0, run.ExitCode);
        JsonElement root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal((2, 1, 1), (root.GetProperty("total").GetInt32(), root.GetProperty("helpful").GetInt32(), root.GetProperty("not_helpful").GetInt32()));
        var ratings = root.GetProperty("feedback").EnumerateArray().ToList();
        Assert.Equal(["not_helpful", "helpful"], ratings.Select(r => r.GetProperty("rating").GetString()));
        Assert.Equal(["a2", "a1"], ratings.Select(r => r.GetProperty("answer_id").GetString()));
        Assert.Equal("articles/004.txt", ratings[1].GetProperty("cited_article_ids")[0].GetString());
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--since", bad.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
