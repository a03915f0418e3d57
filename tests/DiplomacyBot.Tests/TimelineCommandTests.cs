using System.Text.Json;
using DiplomacyBot.Storage.Tests;
using DiplomacyBot.Tests.Support;

namespace DiplomacyBot.Tests;

public sealed class TimelineCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private Task<BotRun> Run(params string[] args) => BotProcess.RunAsync(_temp.Path, [.. args, "--db", _temp.File("bot.db")]);

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
        Assert.Equal(("2025-04-01", "2025-09-28"), (second.GetProperty("after").GetString(), second.GetProperty("before").GetString()));
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

        Assert.Equal(0, run.ExitCode);
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
        Assert.Contains("between 1 Apr 2025 and 28 Sep 2025", lead, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
