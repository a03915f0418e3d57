namespace DiplomacyBot.Discord;

/// <summary>What became of an incoming Discord message or interaction.</summary>
public enum RouteResult
{
    Queued,
    Duplicate,
    Ignored,
    QueueFull,
}
