namespace DiplomacyBot.Core.Events;

/// <summary>
/// What is said about an event, by one sentence (<see cref="EventMention"/>) or by all its mentions together
/// (<see cref="TimelineEvent"/>): kind, ordinal, place, participants, date (a TIMEX3 value, or null, with the words
/// that gave it) and status.
/// </summary>
public abstract record EventFacts
{
    public required EventKind Kind { get; init; }

    public int? Ordinal { get; init; }

    public string? Place { get; init; }

    public IReadOnlyList<string> Participants { get; init; } = [];

    public string? DateValue { get; init; }

    public string? DateText { get; init; }

    public required EventStatus Status { get; init; }
}
