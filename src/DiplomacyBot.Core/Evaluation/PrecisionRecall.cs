namespace DiplomacyBot.Core.Evaluation;

/// <summary>Precision, recall and F1.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    /// <summary>
    /// <paramref name="correct"/> out of <paramref name="found"/> (precision) and out of <paramref name="expected"/>
    /// (recall); an empty denominator scores 0.
    /// </summary>
    public static PrecisionRecall Of(double correct, double found, double expected) => new(Ratio(correct, found), Ratio(correct, expected));

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <summary>Averages over timelines as the news-tls evaluation does: mean precision and mean recall, then F.</summary>
    public static PrecisionRecall Mean(IReadOnlyCollection<PrecisionRecall> scores) => scores.Count == 0
        ? default
        : new PrecisionRecall(scores.Average(s => s.Precision), scores.Average(s => s.Recall));

    private static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
