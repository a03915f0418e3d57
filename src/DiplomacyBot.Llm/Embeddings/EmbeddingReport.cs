namespace DiplomacyBot.Llm.Embeddings;

/// <summary>What one embedding run did: sentences embedded now, in how many requests, stale vectors removed, and the total stored.</summary>
public sealed record EmbeddingReport(string Model, int Embedded, int Batches, int Removed, int Stored)
{
    public string Summary() =>
        $"{Embedded} sentences embedded in {Batches} batches with {Model}, {Removed} stale vectors removed; {Stored} stored";
}
