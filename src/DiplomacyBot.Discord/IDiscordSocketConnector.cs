using System.Net.WebSockets;

namespace DiplomacyBot.Discord;

/// <summary>Opens WebSockets: the seam that lets tests hand the gateway client any socket.</summary>
public interface IDiscordSocketConnector
{
    Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
