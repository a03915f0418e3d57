using DiplomacyBot.Core.Evaluation;

namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>
/// TempEval-3 counts and measures for one set of documents. Relaxed matching pairs each gold expression with at
/// most one overlapping system expression; type and value are judged on those pairs, so value F1 uses
/// P = correct values / system expressions and R = correct values / gold expressions.
/// </summary>
public sealed record TimexScores(int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public static TimexScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public PrecisionRecall Strict => PrecisionRecall.Of(StrictMatches, System, Gold);

    public PrecisionRecall Relaxed => PrecisionRecall.Of(RelaxedMatches, System, Gold);

    public PrecisionRecall Value => PrecisionRecall.Of(ValueCorrect, System, Gold);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public TimexScores Plus(TimexScores other) => new(
        Documents + other.Documents,
        Gold + other.Gold,
        System + other.System,
        StrictMatches + other.StrictMatches,
        RelaxedMatches + other.RelaxedMatches,
        TypeCorrect + other.TypeCorrect,
        ValueCorrect + other.ValueCorrect);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
