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
    public async Task Sources_ShowWhenAPageSaysItWasLastChanged_BesideItsPublicationDate()
    {
        string folder = Directory.CreateDirectory(_temp.File("pages")).FullName;
        File.WriteAllText(Path.Combine(folder, "talks.txt"), "Talks resume in Geneva\nPublished June 1, 2026\nUpdated June 28, 2026\n\nThe delegations met again on Monday to discuss visas.\n");
        string db = _temp.File("updated.db");
        Assert.Equal(0, (await BotProcess.RunAsync(_temp.Path, ["ingest", folder, "--no-embed", "--db", db])).ExitCode);

        BotRun json = await BotProcess.RunAsync(_temp.Path, ["sources", "--json", "--db", db]);
        BotRun text = await BotProcess.RunAsync(_temp.Path, ["sources", "--db", db]);

        JsonElement source = JsonDocument.Parse(json.StdOut).RootElement.EnumerateArray().Single(s => s.GetProperty("title").GetString() == "Talks resume in Geneva");
        Assert.Equal("2026-06-01", source.GetProperty("published").GetString());
        Assert.Equal("2026-06-28", source.GetProperty("updated").GetString());
        Assert.Contains("last changed, by the page: updated: \"Updated June 28, 2026\" (2026-06-28)", text.StdOut, StringComparison.Ordinal);
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
