namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// What the store keeps for near-duplicate detection, per article: its MinHash signature (null when the text is too
/// short), the content hash it was computed from, and, for a copy, the original it is linked to with their similarity.
/// Publication date and ingest time decide which member of a group is the original.
/// </summary>
public sealed record NearDuplicateRecord(
    string ArticleId,
    IReadOnlyList<ulong>? Signature,
    string ContentHash,
    DateOnly? Published,
    DateTimeOffset IngestedAt,
    string? OriginalId = null,
    double Similarity = 0)
{
    /// <summary>The id that names this article's group: its original's, or its own.</summary>
    public string GroupId => OriginalId ?? ArticleId;
}
