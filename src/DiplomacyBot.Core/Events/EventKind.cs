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
