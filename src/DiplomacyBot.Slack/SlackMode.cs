namespace DiplomacyBot.Slack;

/// <summary>How Slack reaches the bot: over a Socket Mode WebSocket the bot opens (no public URL needed), or by HTTP requests to <c>/slack/*</c>.</summary>
public enum SlackMode
{
    SocketMode,
    Http,
}
