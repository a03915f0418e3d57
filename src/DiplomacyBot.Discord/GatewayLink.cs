using System.Net.WebSockets;

namespace DiplomacyBot.Discord;

/// <summary>
/// One gateway WebSocket: whole JSON frames in and out, sends serialised and kept within Discord's limits (4096
/// bytes a payload, 120 payloads a minute), and the heartbeat ACK flag the watchdog reads.
/// </summary>
internal sealed class GatewayLink(WebSocket socket, TimeProvider time, ILogger logger) : IDisposable
{
    public const int MaxSendBytes = 4096;
    public const int SendsPerMinute = 110;
    private const int MaxFrameBytes = 16 * 1024 * 1024;

    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly Queue<DateTimeOffset> recentSends = new();
    private volatile bool acked = true;
    private volatile bool zombie;

    public WebSocket Socket => socket;

    /// <summary>True when the last heartbeat was acknowledged (or none was sent yet).</summary>
    public bool Acked
    {
        get => acked;
        set => acked = value;
    }

    /// <summary>True once the watchdog gave up on this link because an ACK never came.</summary>
    public bool Zombie => zombie;

    public async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"gateway payload of {bytes.Length} bytes is over Discord's {MaxSendBytes}");
        }

        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForSendBudgetAsync(cancellationToken).ConfigureAwait(false);
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>
    /// The next frame that is a JSON object (any other JSON value is logged and skipped), or null when the server closed
    /// the socket (its close status is then on <see cref="Socket"/>, and logged).
    /// </summary>
    public Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken) =>
        ChatSockets.ReceiveObjectAsync(socket, MaxFrameBytes, "Discord gateway", logger, cancellationToken);

    /// <summary>Gives up on a link whose heartbeat went unacknowledged: closes with 4000 (so the session stays resumable) and aborts.</summary>
    public async Task AbandonAsync()
    {
        zombie = true;
        await CloseAsync((WebSocketCloseStatus)4000, "no heartbeat ACK").ConfigureAwait(false);
        socket.Abort();
    }

    /// <summary>Closes quietly. Any code but 1000/1001 keeps the session resumable; 1000 ends it.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived && await sendLock.WaitAsync(TimeSpan.FromSeconds(2), timeout.Token).ConfigureAwait(false))
            {
                try
                {
                    await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    sendLock.Release();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The link is going away anyway.
        }
    }

    private async Task WaitForSendBudgetAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        while (recentSends.Count > 0 && recentSends.Peek() <= now - TimeSpan.FromMinutes(1))
        {
            recentSends.Dequeue();
        }

        if (recentSends.Count >= SendsPerMinute)
        {
            TimeSpan wait = recentSends.Peek() + TimeSpan.FromMinutes(1) - now;
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            recentSends.Dequeue();
        }

        recentSends.Enqueue(time.GetUtcNow());
    }

    public void Dispose()
    {
        socket.Dispose();
        sendLock.Dispose();
    }
}
