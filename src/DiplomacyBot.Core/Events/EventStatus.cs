namespace DiplomacyBot.Core.Events;

/// <summary>Whether an event has happened according to the article that mentions it.</summary>
public enum EventStatus
{
    /// <summary>Mentioned without saying whether it has taken place.</summary>
    Reported,

    /// <summary>Announced, scheduled or being prepared.</summary>
    Planned,

    /// <summary>Reported as having taken place.</summary>
    Held,
}
