using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Answering;

/// <summary>A question as the answerer understands it: its type, the concepts to look for, and any ordinal ("third round").</summary>
public sealed record AnalyzedQuestion(string Text, QuestionType Type, IReadOnlyList<TermGroup> Groups, int? Ordinal)
{
    /// <summary>Indices of the groups written as names ("Gambia", "OPEC"): an answer must be about them.</summary>
    public IReadOnlySet<int> Names { get; init; } = new HashSet<int>();

    /// <summary>The period the question asks about ("in June 1987", "in March"), when it names one.</summary>
    public TimeConstraint? Period { get; init; }

    public PassageQuery ToQuery() => new(Groups);
}
