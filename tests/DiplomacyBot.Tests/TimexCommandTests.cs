using System.Text.Json;
using DiplomacyBot.Testing;
using Xunit.Abstractions;

namespace DiplomacyBot.Tests;

public sealed class TimexCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Timex_PrintsOneJsonObjectPerExpressionWithStringIndices()
    {
        const string text = "Délégations met last week. A third round is planned for this fall and will last five hours.";

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["timex", "--dct", "2025-04-30", "-"], stdin: text);

        var tags = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["2025-W17", "2025-FA", "PT5H"], tags.Select(t => t.GetProperty("value").GetString()));
        Assert.Equal(["DATE", "DATE", "DURATION"], tags.Select(t => t.GetProperty("type").GetString()));
        Assert.All(tags, t => Assert.Equal(t.GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]));
    }

    [Fact]
    public async Task Timex_ReadsAFile_AndRejectsABadDate()
    {
        string file = _temp.File("in.txt");
        await File.WriteAllTextAsync(file, "The council meets on Thursday.");

        BotRun ok = await BotProcess.RunAsync(_temp.Path, ["timex", "--dct", "1987-03-03", file]);
        BotRun bad = await BotProcess.RunAsync(_temp.Path, ["timex", "--dct", "March 3", file]);

        Assert.Contains("\"value\":\"1987-03-05\"", ok.StdOut, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--dct expects a date", bad.StdErr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task EvalTimex_ReportsTempEvalMeasuresOnTheSharedDevelopmentSet()
    {
        string dir = Path.Combine(SampleCorpus.Root, "..", "shared", "corpus", "timebank");
        Skip.IfNot(Directory.Exists(dir), $"{dir} is absent (../shared is not beside this checkout).");

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", "timex", dir]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("strict", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("relaxed", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("TimeBank", run.StdOut, StringComparison.Ordinal);
        output.WriteLine(run.StdOut);
    }

    public void Dispose() => _temp.Dispose();
}
