namespace DiplomacyBot.Slack;

/// <summary>What became of an incoming Slack event.</summary>
public enum RouteResult
{
    Queued,
    Duplicate,
    Ignored,
    NotAllowed,
    QueueFull,
}
