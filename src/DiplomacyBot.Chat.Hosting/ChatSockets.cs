using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

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

    /// <summary>
    /// The next message that is a JSON object, or null when the server closed the socket (its close code and reason
    /// are logged). A well-formed message that is any other JSON value is logged and skipped; one that is not JSON at
    /// all throws <see cref="JsonException"/>, and one over <paramref name="maxBytes"/> fails the link.
    /// </summary>
    /// <param name="link">How log lines name the link ("Slack Socket Mode", "Discord gateway").</param>
    public static async Task<JsonObject?> ReceiveObjectAsync(WebSocket socket, int maxBytes, string link, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        while (true)
        {
            if (await ReceiveAsync(socket, maxBytes, cancellationToken).ConfigureAwait(false) is not { } message)
            {
                ChatLog.SocketClosed(logger, link, (int?)socket.CloseStatus, socket.CloseStatusDescription ?? string.Empty);
                return null;
            }

            JsonNode? node = JsonNode.Parse(message.Span);
            if (node is JsonObject frame)
            {
                return frame;
            }

            ChatLog.FrameSkipped(logger, link, node?.GetValueKind().ToString() ?? "null", message.Length);
        }
    }

    /// <summary>What ended a link the server closed: <paramref name="what"/>, with the close code and reason when it sent them.</summary>
    public static string CloseText(WebSocket socket, string what)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.CloseStatus is { } status ? $"{what} with {(int)status} {socket.CloseStatusDescription}".TrimEnd() : what;
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
