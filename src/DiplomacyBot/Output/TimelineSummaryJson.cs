using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Output;

/// <summary><c>timeline --summarize --json</c>: the timeline's events and undated events as <c>timeline --json</c> gives them, plus the narrative.</summary>
public sealed record TimelineWithSummaryJson(IReadOnlyList<TimelineEventJson> Events, IReadOnlyList<TimelineEventJson> Undated, TimelineSummaryJson Summary);

/// <summary>The narrative: its text, who wrote it ("llm" or "extractive"), and each sentence with its events and verbatim citations.</summary>
public sealed record TimelineSummaryJson(string Text, string GeneratedBy, IReadOnlyList<SummaryClaimJson> Claims)
{
    public static TimelineSummaryJson From(TimelineSummary summary) => new(
        string.Join(' ', summary.Claims.Select(c => c.Text)),
        summary.GeneratedBy,
        summary.Claims.Select(c => new SummaryClaimJson(c.Text, c.EventIds, c.Citations.Select(CitationJson.From).ToList())).ToList());
}

public sealed record SummaryClaimJson(string Text, IReadOnlyList<string> Events, IReadOnlyList<CitationJson> Citations);
