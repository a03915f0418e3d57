namespace DiplomacyBot.Core.Duplicates;

/// <summary>Configuration section "Duplicates".</summary>
public sealed class NearDuplicateOptions
{
    public const string Section = "Duplicates";

    /// <summary>
    /// Estimated similarity (Jaccard, 0-1, over four-word shingles) from which two articles are one story. Default 0.7:
    /// a copy with its own dateline and sign-off still reaches it, while separate reports of one event rarely pass 0.3.
    /// </summary>
    public double Threshold { get; set; } = 0.7;

    public IEnumerable<string> Failures()
    {
        if (double.IsNaN(Threshold) || Threshold is <= 0.3 or > 1)
        {
            yield return "Duplicates:Threshold must be above 0.3 and at most 1";
        }
    }
}
