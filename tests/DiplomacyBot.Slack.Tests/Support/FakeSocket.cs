using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace DiplomacyBot.Slack.Tests.Support;

/// <summary>The fake Slack's end of one Socket Mode connection: sends frames, records acks, can be dropped.</summary>
public sealed class FakeSocket(WebSocket socket, HttpContext context, int number)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number => number;

    public DateTimeOffset OpenedAt { get; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? ClosedAt { get; private set; }

    public ConcurrentQueue<(string EnvelopeId, DateTimeOffset At)> Acks { get; } = new();

    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject?>> ackPayloads = new();

    public Task Closed => closed.Task;

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

    /// <summary>Closes from Slack's side with a close code and reason.</summary>
    public async Task CloseAsync(WebSocketCloseStatus code, string reason)
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync(code, reason, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>The payload the ack of an envelope carries (null when it has none), once the ack has arrived.</summary>
    public Task<JsonObject?> AckPayloadAsync(string envelopeId) => AckPayload(envelopeId).Task.WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Drops the TCP connection without a close handshake, as a network failure would.</summary>
    public void Drop() => context.Abort();

    private TaskCompletionSource<JsonObject?> AckPayload(string envelopeId) =>
        ackPayloads.GetOrAdd(envelopeId, _ => new TaskCompletionSource<JsonObject?>(TaskCreationOptions.RunContinuationsAsynchronously));

    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            await SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = number, ["debug_info"] = new JsonObject { ["host"] = "fake" } });
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
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    break;
                }

                if (JsonNode.Parse(text.ToString()) is JsonObject ack && ack["envelope_id"]?.ToString() is { } id)
                {
                    Acks.Enqueue((id, DateTimeOffset.UtcNow));
                    AckPayload(id).TrySetResult(ack["payload"]?.DeepClone() as JsonObject);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException)
        {
            // Dropped.
        }
        finally
        {
            ClosedAt = DateTimeOffset.UtcNow;
            closed.TrySetResult();
        }
    }
}
