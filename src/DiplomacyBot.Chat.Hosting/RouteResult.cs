namespace DiplomacyBot.Chat.Hosting;

/// <summary>What became of an incoming chat event.</summary>
public enum RouteResult
{
    Queued,
    Duplicate,
    Ignored,
    NotAllowed,
    QueueFull,
}
