namespace DiplomacyBot.Core.Answering;

/// <summary>What <c>ask --explain</c> shows: the question as read, and its best candidate sentences with their features.</summary>
public sealed record RankingExplanation(QuestionType Type, IReadOnlyList<string> Concepts, int? Ordinal, string? Period, IReadOnlyList<RankedPassage> Passages)
{
    /// <summary>The embedding model candidates were also found and scored with; null without vectors.</summary>
    public string? Model { get; init; }

    /// <summary>The concepts read as names, which a report must mention to be about what is asked.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
}

/// <summary>One candidate sentence and the features it was ranked on.</summary>
public sealed record RankedPassage(
    string ArticleId,
    int SentenceIndex,
    double Score,
    double Coverage,
    double Bm25,
    double TypeFit,
    bool MissesName,
    bool HoldsFact,
    string Text)
{
    public RankingSignals Signals { get; init; } = RankingSignals.None;

    /// <summary>The features the score weighs, in the order of <see cref="RankingWeights.Features"/>.</summary>
    public IReadOnlyList<double> Features { get; init; } = [];
}
