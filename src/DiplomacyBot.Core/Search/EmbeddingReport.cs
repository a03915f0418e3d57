namespace DiplomacyBot.Core.Search;

/// <summary>
/// What one embedding run did: sentences embedded now, in how many calls to the model (batches), stale vectors
/// removed, the sentences stored in all for the model, and how long it took.
/// </summary>
public sealed record EmbeddingReport(string Model, int Embedded, int Batches, int Removed, int Stored, TimeSpan Elapsed)
{
    public double SentencesPerSecond => Elapsed.TotalSeconds > 0 ? Embedded / Elapsed.TotalSeconds : 0;

    public string Summary() =>
        $"{Text.Counted.Of(Embedded, "sentence")} embedded in {Text.Counted.Of(Batches, "batch", "batches")} with {Model}"
        + (Embedded > 0 && Elapsed.TotalSeconds >= 1 ? $" ({Text.Rate.Of(SentencesPerSecond)}/s)" : string.Empty)
        + $", {Text.Counted.Of(Removed, "stale vector")} removed; {Stored:N0} stored";
}
