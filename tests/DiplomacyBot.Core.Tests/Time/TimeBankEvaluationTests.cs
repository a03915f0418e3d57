using DiplomacyBot.Core.Time.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace DiplomacyBot.Core.Tests.Time;

public class TimeBankEvaluationTests(ITestOutputHelper output)
{
    // Reached on TimeBank + AQUAINT (TempEval-3 cleaned): relaxed span F1 0.955, value F1 0.850 (TimeBank 0.864,
    // AQUAINT 0.821). Most remaining value errors are gold
    // inconsistencies (the same "last week" valued 1989-W43, 1989-WXX, P1W or a month; "now" annotated in two thirds
    // of its uses; decades as 198 in TimeBank but 198X in some AQUAINT files; "a year ago" in earnings reports valued
    // as the quarter, the year or the exact day a year back; whole files dated a week off). These floors sit a little
    // below what the tagger reaches so regressions fail the build.
    private const double MinRelaxedF1 = 0.950;
    private const double MinValueF1 = 0.845;

    [SkippableFact]
    public void The_tagger_meets_its_floor_on_TimeBank_and_AQUAINT()
    {
        var corpus = FindCorpus();
        Skip.If(corpus is null, "../shared/corpus/timebank is absent next to the repository.");

        var result = TimexEvaluator.EvaluateDirectory(corpus);
        output.WriteLine(result.ToReport(maxGroups: 10));

        Assert.True(result.RelaxedF1 >= MinRelaxedF1, $"relaxed span F1 {result.RelaxedF1:0.000} < {MinRelaxedF1}");
        Assert.True(result.ValueF1 >= MinValueF1, $"value F1 {result.ValueF1:0.000} < {MinValueF1}");
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyBot.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "timebank"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
