using System.Globalization;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Output;

/// <summary>The stable JSON contract of <c>timeline --json</c>; citations have the same shape as <c>ask --json</c>'s.</summary>
public sealed record TimelineJson(IReadOnlyList<TimelineEventJson> Events, IReadOnlyList<TimelineEventJson> Undated)
{
    public static TimelineJson From(Timeline timeline, IArticleStore store) =>
        new(timeline.Events.Select(e => TimelineEventJson.From(e, store)).ToList(), timeline.Undated.Select(e => TimelineEventJson.From(e, store)).ToList());
}

public sealed record TimelineEventJson(
    string Id,
    string? Date,
    string DateText,
    string Precision,
    string? After,
    string? Before,
    IReadOnlyList<string> ConflictingDates,
    string Status,
    string Kind,
    int? Ordinal,
    string? Place,
    IReadOnlyList<string> Participants,
    string Summary,
    IReadOnlyList<CitationJson> Citations)
{
    public static TimelineEventJson From(TimelineEvent e, IArticleStore store) => new(
        e.Id,
        e.DateValue,
        e.DateDescription,
        e.DateValue is null ? "unknown" : e.Precision.ToString().ToLowerInvariant(),
        e.After?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.Before?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.ConflictingDates,
        e.Status.ToString().ToLowerInvariant(),
        e.Kind.ToString().ToLowerInvariant(),
        e.Ordinal,
        e.Place,
        e.Participants,
        e.Summary,
        EventCitations.For(e, store).Select(CitationJson.From).ToList());
}
