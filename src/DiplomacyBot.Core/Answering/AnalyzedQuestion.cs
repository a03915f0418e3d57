using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Answering;

/// <summary>A question as the answerer understands it: its type, the concepts to look for, and any ordinal ("third round").</summary>
public sealed record AnalyzedQuestion(string Text, QuestionType Type, IReadOnlyList<TermGroup> Groups, int? Ordinal)
{
    /// <summary>Indices of the groups written as names ("Gambia", "OPEC"): an answer must be about them.</summary>
    public IReadOnlySet<int> Names { get; init; } = new HashSet<int>();

    /// <summary>The period the question asks about ("in June 1987", "in March"), when it names one.</summary>
    public TimeConstraint? Period { get; init; }

    /// <summary>
    /// Indices of the groups the question is about ("what was discussed about <i>visas</i>", "agree on <i>milk</i>
    /// production"): the sentence that answers names them itself.
    /// </summary>
    public IReadOnlySet<int> Focus { get; init; } = new HashSet<int>();

    /// <summary>
    /// The period is what something is for or until ("quota for the second half of 1987"), not when it happened, so
    /// reports from before it can still answer.
    /// </summary>
    public bool PeriodIsTarget { get; init; }

    /// <summary>
    /// The question asks what came of something ("what was agreed at the third round?", "did the vote pass?"), so
    /// reports that only expect it do not answer it.
    /// </summary>
    public bool AsksOutcome { get; init; }

    /// <summary>The day the answer is as of: later articles do not count. Null means now.</summary>
    public DateOnly? AsOf { get; init; }

    public PassageQuery ToQuery() => new(Groups) { PublishedBy = AsOf };
}
