using DiplomacyBot.Storage.Tests;
using DiplomacyBot.Tests.Support;

namespace DiplomacyBot.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Eval_ReportsEveryFigure_ForTheBotAndTheBaselineSideBySide()
    {
        string set = _temp.File("set.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"q":"When is the third round?","type":"when","expect":["autumn 2025"],"article":"004_663476b79f98c05d"}""",
            """{"q":"What was agreed on banking?","type":"what-agreed","expect":["unimpeded banking"],"article":"003_17f654334c77e689"}""",
            """{"q":"What is the price of coffee in Brazil?","abstain":true}""",
        ]);

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", set, "--baseline", "--db", _temp.File("bot.db")]);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.StdOut.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("answer accuracy", StringComparison.Ordinal) && l.Contains("100.0% (2/2)", StringComparison.Ordinal) && l.Contains("0.0% (0/2)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("verbatim quotes", StringComparison.Ordinal) && !l.Contains("(0/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("abstention recall", StringComparison.Ordinal) && l.Contains("100.0% (1/1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("latency p50 / p95", StringComparison.Ordinal));
        Assert.Contains("BM25 top sentence", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WithAMalformedSet_NamesTheLine()
    {
        string set = _temp.File("bad.jsonl");
        await File.WriteAllLinesAsync(set, ["""{"q":"ok?","abstain":true}""", """{"q": "no expectations"}"""]);

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", set, "--db", _temp.File("bot.db")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.jsonl:2:", run.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
