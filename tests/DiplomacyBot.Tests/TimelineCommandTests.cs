using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary><c>timeline</c> through the real program, each test on its own copy of the store the first run seeds.</summary>
public sealed class TimelineCommandTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    private string Db { get; set; } = null!;

    public async Task InitializeAsync() => Db = await SeededStore.CopyToAsync(_temp.File("seeded"));

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private Task<BotRun> Run(params string[] args) => BotProcess.RunAsync(_temp.Path, [.. args, "--db", Db]);

    [Fact]
    public async Task TimelineJson_ListsEventsInOrderWithPrecisionStatusAndVerbatimCitations()
    {
        BotRun run = await Run("timeline", "--json");

        Assert.Equal(0, run.ExitCode);
        JsonElement root = JsonDocument.Parse(run.StdOut).RootElement;
        var events = root.GetProperty("events").EnumerateArray().ToList();
        JsonElement third = events.Single(e => e.GetProperty("ordinal").ValueKind == JsonValueKind.Number && e.GetProperty("ordinal").GetInt32() == 3);
        Assert.Equal(("2025-FA", "season", "planned", "autumn 2025"), (third.GetProperty("date").GetString(), third.GetProperty("precision").GetString(), third.GetProperty("status").GetString(), third.GetProperty("date_text").GetString()));
        JsonElement citation = third.GetProperty("citations")[0];
        Assert.Equal("2025-09-28", citation.GetProperty("published").GetString());
        Assert.True(citation.GetProperty("end").GetInt32() > citation.GetProperty("start").GetInt32());
        Assert.True(root.TryGetProperty("undated", out _));

        JsonElement second = events.Single(e => e.GetProperty("ordinal").ValueKind == JsonValueKind.Number && e.GetProperty("ordinal").GetInt32() == 2);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("date").ValueKind);
        Assert.Equal("held", second.GetProperty("status").GetString());
        Assert.Equal(("2025-04-01", "2025-04-30"), (second.GetProperty("after").GetString(), second.GetProperty("before").GetString()));
    }

    [Fact]
    public async Task KeyDates_Json_KeepTheTimelineContract_WithDayDatesAndCitations()
    {
        BotRun run = await Run("timeline", "--dates", "3", "--per-date", "2", "--json");

        Assert.Equal(0, run.ExitCode);
        var events = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.InRange(events.Count, 1, 3);
        Assert.Equal(events.Select(e => e.GetProperty("date").GetString()).Order(StringComparer.Ordinal), events.Select(e => e.GetProperty("date").GetString()));
        Assert.All(events, e =>
        {
            Assert.Equal("day", e.GetProperty("precision").GetString());
            Assert.Equal("key_date", e.GetProperty("kind").GetString());
            Assert.InRange(e.GetProperty("citations").GetArrayLength(), 1, 2);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("summary").GetString()));
        });
    }

    [Fact]
    public async Task KeyDates_WithPng_SaysTheChartIsOfEvents()
    {
        BotRun run = await Run("timeline", "--query", "visas", "--png", _temp.File("c.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--png draws the timeline of events", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalTimeline_ScoresAGoldTimeline_BesideTheBaselineAndThePublishedFigures()
    {
        string topic = _temp.File(Path.Combine("tl", "spill"));
        Directory.CreateDirectory(Path.Combine(topic, "timelines"));
        await File.WriteAllLinesAsync(Path.Combine(topic, "articles.jsonl"),
        [
            """{"id":"a1","title":"Rig explodes","published":"2010-04-21","body":"The drilling rig exploded on Tuesday, killing eleven workers."}""",
            """{"id":"a2","title":"Rig sinks","published":"2010-04-23","body":"The rig that exploded on Tuesday sank on Thursday as oil leaked."}""",
            """{"id":"a3","title":"Well capped","published":"2010-07-16","body":"Engineers capped the leaking well on Thursday after 87 days."}""",
            """{"id":"a4","title":"Cap holds","published":"2010-07-17","body":"BP said the cap fitted on Thursday was holding and no oil leaked."}""",
        ]);
        await File.WriteAllTextAsync(Path.Combine(topic, "timelines", "gold.json"), """[["2010-04-20", ["The rig exploded , killing 11 ."]], ["2010-07-15", ["The well was capped ."]]]""");

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", "timeline", _temp.File("tl")]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("mean over 1 timelines", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("date-mention count", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("Datewise (published)", run.StdOut, StringComparison.Ordinal);
        string row = run.StdOut.Split('\n').First(l => l.TrimStart().StartsWith("DiplomacyBot", StringComparison.Ordinal));
        double dateF1 = double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1.0, dateF1, 3);
    }

    [Fact]
    public async Task TimelineFilters_ByTopicAndDate()
    {
        BotRun grain = await Run("timeline", "--json", "--topic", "grain");
        BotRun spring = await Run("timeline", "--json", "--from", "2025-04-01", "--to", "2025-06-30");

        var grainEvents = JsonDocument.Parse(grain.StdOut).RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("Saudi Arabia", Assert.Single(grainEvents).GetProperty("place").GetString());
        var springDates = JsonDocument.Parse(spring.StdOut).RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Contains("2025-W17", springDates);
        Assert.DoesNotContain("2025-02-27", springDates);
        Assert.DoesNotContain("2025-FA", springDates);
    }

    [Fact]
    public async Task TimelinePng_WritesAValidPngImage()
    {
        string png = _temp.File("timeline.png");

        BotRun run = await Run("timeline", "--png", png);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.StdErr}");
        byte[] bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        int width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        Assert.Equal(1000, width);
        Assert.Contains("autumn 2025", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDate_IsAClearError()
    {
        BotRun run = await Run("timeline", "--from", "yesterday-ish");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from expects a date", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenWasTheSecondRound_GivesNoInventedDate()
    {
        BotRun run = await Run("ask", "--json", "When was the second round in Istanbul?");

        JsonElement answer = JsonDocument.Parse(run.StdOut).RootElement;
        string lead = answer.GetProperty("answer").GetString()!;
        Assert.Contains("date unknown", lead, StringComparison.Ordinal);
        Assert.Contains("held", lead, StringComparison.Ordinal);
        Assert.Contains("between 1 Apr 2025 and 30 Apr 2025", lead, StringComparison.Ordinal);
    }
}
