namespace DiplomacyBot.Core.Events;

/// <summary>The kinds of event a diplomatic timeline is made of.</summary>
public enum EventKind
{
    Round,
    Talks,
    Meeting,
    Summit,
    Visit,
    Agreement,
    Announcement,
}

/// <summary>How each kind of event is named in prose.</summary>
public static class EventKinds
{
    /// <summary>The noun phrase for the kind ("round of talks", "summit"); null for an announcement, which names no event.</summary>
    public static string? Noun(this EventKind kind) => kind switch
    {
        EventKind.Round => "round of talks",
        EventKind.Talks => "talks",
        EventKind.Meeting => "meeting",
        EventKind.Summit => "summit",
        EventKind.Visit => "visit",
        EventKind.Agreement => "agreement",
        _ => null,
    };
}
