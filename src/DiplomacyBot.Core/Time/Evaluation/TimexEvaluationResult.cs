using System.Globalization;
using System.Text;

namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>Scores overall and per subfolder, plus the errors behind them grouped by family.</summary>
public sealed record TimexEvaluationResult(
    TimexScores Overall,
    IReadOnlyDictionary<string, TimexScores> ByGroup,
    IReadOnlyList<TimexError> Errors)
{
    private const int ExamplesPerGroup = 4;

    public double StrictF1 => Overall.Strict.F1;

    public double RelaxedF1 => Overall.Relaxed.F1;

    public double TypeAccuracy => Overall.TypeAccuracy;

    public double ValueF1 => Overall.Value.F1;

    /// <summary>Errors grouped by kind and family, largest groups first.</summary>
    public IReadOnlyList<TimexErrorGroup> ErrorGroups() =>
        Errors.GroupBy(e => (e.Kind, e.Family))
            .Select(g => new TimexErrorGroup(g.Key.Kind, g.Key.Family, g.Count(), g.Take(ExamplesPerGroup).ToList()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Kind)
            .ThenBy(g => g.Family, StringComparer.Ordinal)
            .ToList();

    public string ToReport(int maxGroups = 20)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"TIMEX3 evaluation (TempEval-3 measures): {Overall.Documents} documents, {Overall.Gold} gold, {Overall.System} system expressions");
        sb.AppendLine("                 strict P   R     F1   | relaxed P  R     F1   | type acc | value acc  P     R     F1");
        AppendRow(sb, "all", Overall);
        foreach (var (name, scores) in ByGroup.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            AppendRow(sb, name, scores);
        }

        sb.AppendLine();
        sb.AppendLine("Most frequent errors (kind / family: count):");
        foreach (var group in ErrorGroups().Take(maxGroups))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {group.Kind} / {group.Family}: {group.Count}");
            foreach (var example in group.Examples)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"      {example}");
            }
        }

        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string name, TimexScores s) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"  {Cut(name),-14} {s.Strict.Precision,5:0.000} {s.Strict.Recall,5:0.000} {s.Strict.F1,5:0.000} |  {s.Relaxed.Precision,5:0.000} {s.Relaxed.Recall,5:0.000} {s.Relaxed.F1,5:0.000} |  {s.TypeAccuracy,5:0.000}   |  {s.ValueAccuracy,5:0.000}   {s.Value.Precision,5:0.000} {s.Value.Recall,5:0.000} {s.Value.F1,5:0.000}");

    private static string Cut(string name) => name.Length <= 14 ? name : name[..14];
}
