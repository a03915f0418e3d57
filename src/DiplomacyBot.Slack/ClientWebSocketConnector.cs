using System.Net.WebSockets;

namespace DiplomacyBot.Slack;

/// <summary>Real WebSockets. Keep-alive pings with a timeout are the watchdog: a half-dead link fails instead of hanging.</summary>
public sealed class ClientWebSocketConnector : IWebSocketConnector
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = KeepAlive;
        socket.Options.KeepAliveTimeout = KeepAlive;
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
