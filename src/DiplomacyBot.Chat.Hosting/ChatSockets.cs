using System.Buffers;
using System.Net.WebSockets;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>The WebSocket work both push transports share (Slack Socket Mode, the Discord gateway).</summary>
public static class ChatSockets
{
    /// <summary>A connected client socket, set up by <paramref name="configure"/>; disposed again when connecting fails.</summary>
    public static async Task<WebSocket> ConnectAsync(Uri url, Action<ClientWebSocketOptions> configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var socket = new ClientWebSocket();
        configure(socket.Options);
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

    /// <summary>The next whole message, or null when the server closed the socket. One over <paramref name="maxBytes"/> fails the link.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReceiveAsync(WebSocket socket, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var buffer = new ArrayBufferWriter<byte>(16384);
        while (true)
        {
            Memory<byte> memory = buffer.GetMemory(16384);
            ValueWebSocketReceiveResult result = await socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxBytes)
            {
                throw new WebSocketException("frame too large");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenMemory;
            }
        }
    }
}
