using System.Net.WebSockets;

namespace DiplomacyBot.Slack;

/// <summary>Real WebSockets. Keep-alive pings with a timeout are the watchdog: a half-dead link fails instead of hanging.</summary>
public sealed class ClientWebSocketConnector : IWebSocketConnector
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken) =>
        ChatSockets.ConnectAsync(url, options =>
        {
            options.KeepAliveInterval = KeepAlive;
            options.KeepAliveTimeout = KeepAlive;
        }, cancellationToken);
}
