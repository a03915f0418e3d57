using System.Net.WebSockets;

namespace DiplomacyBot.Discord;

/// <summary>Real WebSockets. The gateway's own heartbeat and ACK watchdog find a half-dead link, so no transport keep-alive is needed.</summary>
public sealed class DiscordSocketConnector : IDiscordSocketConnector
{
    public Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken) =>
        ChatSockets.ConnectAsync(url, options => options.SetRequestHeader("User-Agent", DiscordApiClient.UserAgent), cancellationToken);
}
