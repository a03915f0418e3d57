namespace DiplomacyBot.Core.Search;

/// <summary>A term as the user wrote it, or one of its expansions, with how much a match on it counts.</summary>
public sealed record WeightedTerm(string Text, float Boost);

/// <summary>
/// One concept of a question ("banking") and the words that express it ("banking", "bank", "financial services").
/// Matching any of them covers the concept.
/// </summary>
public sealed record TermGroup(string Key, IReadOnlyList<WeightedTerm> Terms, float Weight);

/// <summary>
/// The question's concepts, searched with BM25; and sentences found some other way (by meaning) that the result must
/// also describe, whether or not BM25 ranks them (each with its BM25 score, possibly zero, and the groups it holds).
/// </summary>
public sealed record PassageQuery(IReadOnlyList<TermGroup> Groups)
{
    public IReadOnlyList<SentenceKey> Include { get; init; } = [];

    /// <summary>Describe only the <see cref="Include"/>d sentences, without BM25's own best.</summary>
    public bool IncludeOnly { get; init; }

    /// <summary>Only sentences of articles published by this day, or undated: the articles as they stood then.</summary>
    public DateOnly? PublishedBy { get; init; }
}
