using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Events;

/// <summary>One sentence of a timeline narrative, the events it is about and the verbatim quotes that support it.</summary>
public sealed record SummaryClaim(string Text, IReadOnlyList<string> EventIds, IReadOnlyList<Citation> Citations);

/// <summary>A short narrative over a timeline in which every claim is cited; <see cref="GeneratedBy"/> is "llm" or "extractive".</summary>
public sealed record TimelineSummary(IReadOnlyList<SummaryClaim> Claims, string GeneratedBy)
{
    public static TimelineSummary Empty { get; } = new([], "extractive");
}
