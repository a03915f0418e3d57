using System.Net.WebSockets;

namespace DiplomacyBot.Slack;

/// <summary>Opens WebSockets: the seam that lets tests hand the Socket Mode client any socket.</summary>
public interface IWebSocketConnector
{
    Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
