using System.Net.WebSockets;

namespace DiplomacyBot.Discord;

/// <summary>Real WebSockets. The gateway's own heartbeat and ACK watchdog find a half-dead link, so no transport keep-alive is needed.</summary>
public sealed class DiscordSocketConnector : IDiscordSocketConnector
{
    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", DiscordApiClient.UserAgent);
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
