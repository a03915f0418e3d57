using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace DiplomacyBot.Discord.Tests.Support;

/// <summary>The fake gateway's end of one WebSocket: says Hello, records what the client sends, answers heartbeats, Identify and Resume.</summary>
public sealed class FakeGatewayConnection(FakeDiscord discord, WebSocket socket, HttpContext context, int number, bool ackHeartbeats)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<long> readySent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number => number;

    public string Path => context.Request.Path;

    public string Query => context.Request.QueryString.Value ?? string.Empty;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public bool AckHeartbeats { get; set; } = ackHeartbeats;

    public DateTimeOffset OpenedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>The close code the client sent, when it closed with a handshake.</summary>
    public int? ClientCloseCode { get; private set; }

    public Task Closed => closed.Task;

    /// <summary>Completes with READY's sequence number once READY has been sent on this connection.</summary>
    public Task<long> ReadySent => readySent.Task;

    public bool IsOpen => socket.State == WebSocketState.Open && !closed.Task.IsCompleted;

    public Task SendAsync(JsonObject frame) => SendTextAsync(frame.ToJsonString());

    /// <summary>Sends one text frame exactly as given.</summary>
    public async Task SendTextAsync(string text)
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Closes from the server side with a gateway close code.</summary>
    public async Task CloseAsync(int code, string reason = "closing")
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close handshake, as a network failure would.</summary>
    public void Drop() => context.Abort();

    /// <summary>Waits for the first frame from the client with this op; fails the test after the timeout.</summary>
    public async Task<JsonObject> WaitForOpAsync(int op, TimeSpan? timeout = null, Func<JsonObject, bool>? where = null)
    {
        var deadline = Task.Delay(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task signal = changed.Task;
            if (Received.FirstOrDefault(f => (int?)f["op"] == op && (where?.Invoke(f) ?? true)) is { } frame)
            {
                return frame;
            }

            if (await Task.WhenAny(signal, deadline) == deadline)
            {
                throw new TimeoutException($"connection {number} saw no op {op}; it saw: " + string.Join(", ", Received.Select(f => f["op"]?.ToString())));
            }
        }
    }

    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            await SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = discord.HeartbeatInterval(number) }, ["s"] = null, ["t"] = null });
            while (socket.State == WebSocketState.Open)
            {
                var text = new StringBuilder();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode = (int?)result.CloseStatus;
                    break;
                }

                if (JsonNode.Parse(text.ToString()) is not JsonObject frame)
                {
                    continue;
                }

                Received.Enqueue(frame);
                Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                switch ((int?)frame["op"])
                {
                    case 1 when AckHeartbeats:
                        await SendAsync(new JsonObject { ["op"] = 11 });
                        break;
                    case 2:
                        readySent.TrySetResult(await discord.IdentifyAsync(this, frame));
                        break;
                    case 6:
                        await discord.ResumeAsync(this, frame);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException or ObjectDisposedException)
        {
            // Dropped.
        }
        finally
        {
            closed.TrySetResult();
            Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }
}
