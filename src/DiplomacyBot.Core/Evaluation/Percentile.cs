namespace DiplomacyBot.Core.Evaluation;

/// <summary>Nearest-rank percentiles, as latency reports use them.</summary>
public static class Percentile
{
    /// <summary>The value at percentile <paramref name="p"/> (0..1) of already sorted values; 0 when there are none.</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
