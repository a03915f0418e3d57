using DiplomacyBot.Core.Time;
using DiplomacyBot.Core.Time.Evaluation;
using DiplomacyBot.Testing;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public sealed class TimexScorerTests : IDisposable
{
    // Gold: "Thursday" (exact match expected), "last week" (system finds "week" only → relaxed match, wrong value),
    // "the summit" (not temporal, missed). The tagger will also add "five hours" (spurious).
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1987-03-03" temporalFunction="false" functionInDocument="CREATION_TIME">1987-03-03</TIMEX3></DCT>
        <TEXT>
        The council <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1987-02-26">Thursday</TIMEX3> for five hours &amp; agreed to meet again last <TIMEX3 tid="t2" type="DATE" value="1987-W99">week</TIMEX3> at <TIMEX3 tid="t3" type="DATE" value="XXXX">the summit</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    private readonly TempFolder temp = new();

    public TimexScorerTests()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "Sub"));
        File.WriteAllText(Path.Combine(Folder, "Sub", "test1.tml"), Tml);
    }

    private string Folder => temp.Path;

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_reader_keeps_the_plain_text_and_gold_offsets_consistent()
    {
        var document = TimeMlReader.ReadFile(Path.Combine(Folder, "Sub", "test1.tml"));

        Assert.Equal(new DateOnly(1987, 3, 3), document.CreationDate);
        Assert.Equal(3, document.Timexes.Count);
        Assert.All(document.Timexes, g => Assert.Equal(g.Text, document.Text.Substring(g.Start, g.End - g.Start)));
        Assert.Equal(("Thursday", "1987-02-26", TimexType.Date), (document.Timexes[0].Text, document.Timexes[0].Value, document.Timexes[0].Type));
        Assert.Contains("five hours & agreed", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorer_computes_TempEval_measures_exactly()
    {
        var result = TimexEvaluator.EvaluateDirectory(Folder);
        var s = result.Overall;

        // System: "Thursday" (exact, right value), "five hours" (spurious), "last week" (overlaps gold "week").
        Assert.Equal((1, 3, 3), (s.Documents, s.Gold, s.System));
        Assert.Equal(1, s.StrictMatches);
        Assert.Equal(2, s.RelaxedMatches);
        Assert.Equal(2, s.TypeCorrect);
        Assert.Equal(1, s.ValueCorrect);
        Assert.Equal(1.0 / 3, s.Strict.Precision, 6);
        Assert.Equal(2.0 / 3, s.Relaxed.F1, 6);
        Assert.Equal(1.0, s.TypeAccuracy, 6);
        Assert.Equal(0.5, s.ValueAccuracy, 6);
        Assert.Equal(1.0 / 3, s.Value.F1, 6);
        Assert.Equal(s, result.ByGroup["Sub"]);
    }

    [Fact]
    public void The_report_lists_errors_by_kind_and_family()
    {
        var result = TimexEvaluator.EvaluateDirectory(Folder);

        Assert.Contains(result.Errors, e => e.Kind == TimexErrorKind.Missed && e.GoldText == "the summit");
        Assert.Contains(result.Errors, e => e.Kind == TimexErrorKind.Spurious && e.SystemText == "five hours");
        Assert.Contains(result.Errors, e => e.Kind == TimexErrorKind.WrongValue && e.GoldValue == "1987-W99");
        var report = result.ToReport();
        Assert.Contains("value acc", report, StringComparison.Ordinal);
        Assert.Contains("Missed", report, StringComparison.Ordinal);
    }
}
