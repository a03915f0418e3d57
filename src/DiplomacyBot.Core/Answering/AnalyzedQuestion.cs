using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Answering;

/// <summary>A question as the answerer understands it: its type, the concepts to look for, and any ordinal ("third round").</summary>
public sealed record AnalyzedQuestion(string Text, QuestionType Type, IReadOnlyList<TermGroup> Groups, int? Ordinal)
{
    public PassageQuery ToQuery() => new(Groups);
}
