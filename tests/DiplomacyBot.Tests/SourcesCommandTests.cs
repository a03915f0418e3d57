using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

public sealed class SourcesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task SourcesJson_ListsEveryArticleNewestFirstWithDateBasisAndConflicts()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["sources", "--json", "--db", _temp.File("bot.db")]);

        var sources = JsonDocument.Parse(run.StdOut).RootElement.EnumerateArray().ToList();
        Assert.Equal(["2025-09-28", "2025-04-30", "2025-04-01", null, null], sources.Select(s => s.GetProperty("published").GetString()));
        Assert.Equal(["article-id", "header", "header", "unknown", "unknown"], sources.Select(s => s.GetProperty("date_basis").GetString()));
        JsonElement cue = Assert.Single(sources[0].GetProperty("conflicting_cues").EnumerateArray());
        Assert.Equal("page-clock", cue.GetProperty("kind").GetString());
        Assert.Equal("2024-01-02", cue.GetProperty("date").GetString());
        Assert.All(sources, s => Assert.True(s.GetProperty("size").GetInt32() > 0));
        Assert.All(sources, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("source").GetString())));
    }

    [Fact]
    public async Task Sources_ReadsTheStorePathFromTheEnvironment_AndDbOverridesIt()
    {
        var env = new Dictionary<string, string> { ["DIPLOMACYBOT_Storage__Path"] = _temp.File("env.db") };

        await BotProcess.RunAsync(_temp.Path, ["sources"], environment: env);
        await BotProcess.RunAsync(_temp.Path, ["sources", "--db", _temp.File("flag.db")], environment: env);

        Assert.True(File.Exists(_temp.File("env.db")));
        Assert.True(File.Exists(_temp.File("flag.db")));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "data", "diplomacybot.db")));
    }

    public void Dispose() => _temp.Dispose();
}
