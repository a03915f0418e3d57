using DiplomacyBot.Testing;

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

        string db = await SeededStore.CopyToAsync(_temp.File("seeded"));
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", set, "--baseline", "--db", db]);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.StdOut.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("answer accuracy", StringComparison.Ordinal) && l.Contains("100.0% (2/2)", StringComparison.Ordinal) && l.Contains("0.0% (0/2)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("verbatim quotes", StringComparison.Ordinal) && !l.Contains("(0/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("abstention recall", StringComparison.Ordinal) && l.Contains("100.0% (1/1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("latency p50 / p95", StringComparison.Ordinal));
        Assert.Contains("BM25 top sentence", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCoverageSweep_DecidesTheSetAtEachThreshold_AbstainingMoreAsItRises()
    {
        string set = _temp.File("sweep.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"q":"What was agreed on banking?","type":"what-agreed","expect":["unimpeded banking"],"article":"003_17f654334c77e689"}""",
            """{"q":"What is the price of coffee in Brazil?","abstain":true}""",
        ]);

        string db = await SeededStore.CopyToAsync(_temp.File("seeded"));
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", set, "--coverage-sweep", "--db", db]);

        Assert.Equal(0, run.ExitCode);
        var rows = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["0.30", "0.35", "0.40", "0.45", "0.50", "0.55", "0.60"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("1/1", r[2]));
        Assert.Equal("1/1", rows[0][1]);
        int[] answered = [.. rows.Select(r => int.Parse(r[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(answered.OrderByDescending(a => a), answered);
    }

    [Fact]
    public async Task Eval_WithAMalformedSet_NamesTheLine()
    {
        string set = _temp.File("bad.jsonl");
        await File.WriteAllLinesAsync(set, ["""{"q":"ok?","abstain":true}""", """{"q": "no expectations"}"""]);

        string db = await SeededStore.CopyToAsync(_temp.File("seeded"));
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", set, "--db", db]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.jsonl:2:", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalRealTimeQa_AsksEachQuestionAsOfItsQuizDay_AndScoresTheLeadAgainstTheChoices()
    {
        // One week: the page that answers was published before the quiz; a later page with the wrong choice must not count.
        string week = Path.Combine(_temp.Path, "rtqa", "20240105");
        Directory.CreateDirectory(week);
        await File.WriteAllLinesAsync(Path.Combine(week, "articles.jsonl"),
        [
            """{"id":"p1","title":"Zoo welcomes a panda","published":"2024-01-02","body":"The city zoo said on Tuesday that its new panda is named Bao. Visitors queued for hours.","url":"https://example.org/a","source":"example.org"}""",
            """{"id":"p2","title":"Zoo renames panda","published":"2024-02-10","body":"The city zoo said its new panda is now named Mei after a public vote.","url":"https://example.org/b","source":"example.org"}""",
        ]);
        await File.WriteAllLinesAsync(Path.Combine(week, "questions.jsonl"),
        [
            """{"id":"20240105_0","q":"What is the city zoo's new panda named?","choices":["Bao","Mei","Lin","Xi"],"answer_index":0,"answer_text":"Bao","question_date":"2024-01-05","article_ids":["p1"]}""",
        ]);

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["eval", "realtimeqa", Path.Combine(_temp.Path, "rtqa"), "--work", _temp.File("stores")]);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.StdOut.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("RealTime QA: 1 questions over 1 weeks", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("right in the lead", StringComparison.Ordinal) && l.Contains("100.0% (1/1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("verbatim quotes", StringComparison.Ordinal) && !l.Contains("(0/", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
