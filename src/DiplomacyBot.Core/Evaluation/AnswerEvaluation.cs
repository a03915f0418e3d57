using System.Globalization;
using System.Text;

namespace DiplomacyBot.Core.Evaluation;

/// <summary>The figures of one answerer on one development set, and the questions it got wrong.</summary>
public sealed record AnswerEvaluation(
    string Name,
    int Questions,
    int Answerable,
    int Correct,
    int CitedAt1,
    int CitedAt3,
    int Quotes,
    int VerbatimQuotes,
    int DatedCitations,
    int CorrectDates,
    int ShouldAbstain,
    int Abstained,
    int CorrectAbstentions,
    double P50Ms,
    double P95Ms,
    IReadOnlyList<string> Failures)
{
    /// <summary>Questions about outcomes the articles do not report yet (they must abstain too).</summary>
    public int NotYetReported { get; init; }

    /// <summary>Of those, the answers that said so ("not reported yet") rather than only abstaining.</summary>
    public int SaidNotYetReported { get; init; }

    public double AnswerAccuracy => Ratio(Correct, Answerable);

    public double CitationAt1 => Ratio(CitedAt1, Answerable);

    public double CitationAt3 => Ratio(CitedAt3, Answerable);

    public double VerbatimRate => Ratio(VerbatimQuotes, Quotes);

    public double DateCorrectness => Ratio(CorrectDates, DatedCitations);

    public double AbstentionPrecision => Ratio(CorrectAbstentions, Abstained);

    public double AbstentionRecall => Ratio(CorrectAbstentions, ShouldAbstain);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    public static string Table(IReadOnlyList<AnswerEvaluation> runs)
    {
        var rows = new (string Label, Func<AnswerEvaluation, string> Value)[]
        {
            ("questions (answerable / must abstain)", r => $"{r.Questions} ({r.Answerable} / {r.ShouldAbstain})"),
            ("answer accuracy", r => Percent(r.AnswerAccuracy, r.Correct, r.Answerable)),
            ("citation accuracy @1", r => Percent(r.CitationAt1, r.CitedAt1, r.Answerable)),
            ("citation accuracy @3", r => Percent(r.CitationAt3, r.CitedAt3, r.Answerable)),
            ("verbatim quotes", r => Percent(r.VerbatimRate, r.VerbatimQuotes, r.Quotes)),
            ("correct dates", r => Percent(r.DateCorrectness, r.CorrectDates, r.DatedCitations)),
            ("abstention precision", r => Percent(r.AbstentionPrecision, r.CorrectAbstentions, r.Abstained)),
            ("abstention recall", r => Percent(r.AbstentionRecall, r.CorrectAbstentions, r.ShouldAbstain)),
            ("said \"not reported yet\"", r => Percent(r.NotYetReported == 0 ? 1 : (double)r.SaidNotYetReported / r.NotYetReported, r.SaidNotYetReported, r.NotYetReported)),
            ("latency p50 / p95", r => string.Create(CultureInfo.InvariantCulture, $"{r.P50Ms:0.0} / {r.P95Ms:0.0} ms")),
        };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"",-40}");
        foreach (AnswerEvaluation run in runs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{run.Name,-26}");
        }

        text.AppendLine();
        foreach (var (label, value) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label,-40}");
            foreach (AnswerEvaluation run in runs)
            {
                text.Append(CultureInfo.InvariantCulture, $"{value(run),-26}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Percent(double value, int a, int b) => string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.0}% ({a}/{b})");
}
