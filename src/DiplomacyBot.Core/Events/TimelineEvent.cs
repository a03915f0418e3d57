using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Events;

/// <summary>
/// One event with every mention of it across articles. <see cref="DateValue"/> is the most precise resolved date the
/// mentions give; dates that contradict it stay visible in <see cref="ConflictingDates"/>. An event no mention dates may
/// still be bounded: after the last report of it as planned, before the first report of it as held.
/// </summary>
public sealed record TimelineEvent : EventFacts
{
    public required string Id { get; init; }

    public IReadOnlyList<string> ConflictingDates { get; init; } = [];

    public DateOnly? After { get; init; }

    public DateOnly? Before { get; init; }

    public required IReadOnlyList<EventMention> Mentions { get; init; }

    public TimexPrecision Precision => DateValue is null ? TimexPrecision.Unknown : TimexDescriber.PrecisionOf(DateValue);

    /// <summary>Where the event sorts: its date's first day, else the report after which it happened; null when nothing places it.</summary>
    public DateOnly? SortKey => DateValue is not null && TimexDescriber.TryGetRange(DateValue, out DateOnly first, out _) ? first : After;

    public bool IsPlaced => SortKey is not null;

    /// <summary>"27 Feb 2025", "autumn 2025", "between 1 Apr 2025 and 28 Sep 2025", "date unknown".</summary>
    public string DateDescription => DateValue is not null ? TimexDescriber.Describe(DateValue)
        : (After, Before) switch
        {
            ({ } a, { } b) => $"date unknown; between {Answering.DateText.Day(a)} and {Answering.DateText.Day(b)}",
            ({ } a, null) => $"date unknown; after {Answering.DateText.Day(a)}",
            (null, { } b) => $"date unknown; by {Answering.DateText.Day(b)}",
            _ => "date unknown",
        };

    public string Summary
    {
        get
        {
            string ordinal = Ordinal is { } n ? OrdinalWord(n) + " " : string.Empty;
            string noun = Kind.Noun() ?? "announcement";
            string place = Place is null ? string.Empty : $" in {Place}";
            string parties = Participants.Count > 1 ? $" ({string.Join(", ", Participants)})" : string.Empty;
            string text = $"{ordinal}{noun}{place}{parties}";
            return char.ToUpperInvariant(text[0]) + text[1..];
        }
    }

    private static string OrdinalWord(int n) => Text.Ordinals.Word(n);
}
