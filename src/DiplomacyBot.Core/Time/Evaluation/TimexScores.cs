namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>
/// TempEval-3 counts and measures for one set of documents. Relaxed matching pairs each gold expression with at
/// most one overlapping system expression; type and value are judged on those pairs, so value F1 uses
/// P = correct values / system expressions and R = correct values / gold expressions.
/// </summary>
public sealed record TimexScores(int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public static TimexScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public double ValuePrecision => Ratio(ValueCorrect, System);

    public double ValueRecall => Ratio(ValueCorrect, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    public double TypeF1 => F1(Ratio(TypeCorrect, System), Ratio(TypeCorrect, Gold));

    public TimexScores Plus(TimexScores other) => new(
        Documents + other.Documents,
        Gold + other.Gold,
        System + other.System,
        StrictMatches + other.StrictMatches,
        RelaxedMatches + other.RelaxedMatches,
        TypeCorrect + other.TypeCorrect,
        ValueCorrect + other.ValueCorrect);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
