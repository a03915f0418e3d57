namespace DiplomacyBot.Core.Answering;

/// <summary>What <c>ask --explain</c> shows: the question as read, and its best candidate sentences with their features.</summary>
public sealed record RankingExplanation(QuestionType Type, IReadOnlyList<string> Concepts, int? Ordinal, string? Period, IReadOnlyList<RankedPassage> Passages);

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
    string Text);
