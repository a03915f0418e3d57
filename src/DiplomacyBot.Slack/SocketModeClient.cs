using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Slack;

/// <summary>
/// Slack Socket Mode: opens a WebSocket URL with apps.connections.open, waits for <c>hello</c>, acknowledges every
/// envelope as soon as it arrives (before any answering) and hands its payload to the router; a slash command's ack
/// carries the reply the user sees at once (<see cref="SlackCommandAck"/>). When Slack asks to
/// reconnect (<c>warning</c>, <c>refresh_requested</c>) the replacement is opened before the old link is closed; a lost
/// link is reopened with capped, jittered backoff; <c>link_disabled</c> stops the client with a clear log line. A close
/// from Slack is logged with its code and reason; a frame that is JSON but not an object is logged and skipped.
/// </summary>
public sealed class SocketModeClient(
    ISlackApi api,
    IWebSocketConnector connector,
    SlackEventRouter router,
    ReconnectPolicy policy,
    ChatReadiness readiness,
    TimeProvider time,
    ILogger<SocketModeClient> logger) : BackgroundService
{
    public const string Component = "slack-socket-mode";
    private const string Link = "Slack Socket Mode";
    private const int MaxFrameBytes = 4 * 1024 * 1024;

    private readonly Random jitter = new();

    /// <summary>Connections opened so far (tests watch reconnects through it).</summary>
    public int Connections { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Component, "connecting");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WebSocket? socket = null;
        int attempt = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                string reason;
                try
                {
                    socket ??= await OpenAsync(stoppingToken).ConfigureAwait(false);
                    attempt = 0;
                    readiness.Set(Component, true, "connected");
                    Disconnect outcome = await PumpAsync(socket, stoppingToken).ConfigureAwait(false);
                    if (outcome.Reason == "link_disabled")
                    {
                        SlackLog.LinkDisabled(logger);
                        readiness.Set(Component, false, "link_disabled: Socket Mode is off for this app");
                        return;
                    }

                    if (outcome.Requested)
                    {
                        SlackLog.SocketRefresh(logger, outcome.Reason);
                        WebSocket replacement = await OpenAsync(stoppingToken).ConfigureAwait(false);
                        await CloseQuietlyAsync(socket).ConfigureAwait(false);
                        socket = replacement;
                        continue;
                    }

                    reason = outcome.Reason;
                }
                catch (SlackApiException ex) when (ex.IsFatal)
                {
                    SlackLog.SocketFatal(logger, ex.Error);
                    readiness.Set(Component, false, ex.Error);
                    return;
                }
                catch (Exception ex) when (ex is WebSocketException or SlackApiException or HttpRequestException or IOException or JsonException or TimeoutException
                    || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
                {
                    reason = ex.Message;
                }

                readiness.Set(Component, false, "reconnecting");
                if (socket is not null)
                {
                    await CloseQuietlyAsync(socket).ConfigureAwait(false);
                    socket = null;
                }

                TimeSpan wait = policy.Delay(attempt, jitter);
                SlackLog.SocketDropped(logger, reason, wait.TotalSeconds, ++attempt);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            if (socket is not null)
            {
                await CloseQuietlyAsync(socket).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A new connection, returned once Slack has said hello.</summary>
    private async Task<WebSocket> OpenAsync(CancellationToken cancellationToken)
    {
        Uri url = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        WebSocket socket = await connector.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(policy.HelloTimeout);
            while (true)
            {
                JsonObject? frame = await ReceiveAsync(socket, timeout.Token).ConfigureAwait(false)
                    ?? throw new WebSocketException(ChatSockets.CloseText(socket, "closed before hello"));
                if ((string?)frame["type"] == "hello")
                {
                    Connections++;
                    SlackLog.SocketConnected(logger, (int?)frame["num_connections"] ?? 1);
                    return socket;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException("no hello from Slack in time");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<Disconnect> PumpAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            JsonObject? frame = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
            if (frame is null)
            {
                return new Disconnect(ChatSockets.CloseText(socket, "socket closed"), Requested: false);
            }

            string? type = (string?)frame["type"];
            if (type == "disconnect")
            {
                string reason = (string?)frame["reason"] ?? "unknown";
                return new Disconnect(reason, Requested: reason != "link_disabled");
            }

            if ((string?)frame["envelope_id"] is not { } envelopeId)
            {
                continue;
            }

            if (type == "slash_commands" && frame["payload"] is JsonObject command)
            {
                // The ack carries what the user sees at once ("Looking that up…", or why no answer will come), as the
                // HTTP response does in HTTP mode, so the command is routed first; routing only queues.
                RouteResult result = router.RouteSlashCommand(SlackEventRouter.Fields(command));
                bool acceptsPayload = (bool?)frame["accepts_response_payload"] != false;
                await SendAsync(socket, Ack(envelopeId, acceptsPayload ? SlackCommandAck.Payload(result) : null), cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Ack first, within Slack's 3 s, whatever the payload; answering happens off this loop.
            await SendAsync(socket, Ack(envelopeId, null), cancellationToken).ConfigureAwait(false);
            if (frame["payload"] is JsonObject payload)
            {
                _ = type switch
                {
                    "events_api" => router.RouteEvent(payload),
                    "interactive" => router.RouteInteraction(payload),
                    _ => RouteResult.Ignored,
                };
            }
        }
    }

    private Task<JsonObject?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken) =>
        ChatSockets.ReceiveObjectAsync(socket, MaxFrameBytes, Link, logger, cancellationToken);

    private static JsonObject Ack(string envelopeId, JsonObject? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        return ack;
    }

    private static Task SendAsync(WebSocket socket, JsonObject frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task CloseQuietlyAsync(WebSocket socket)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The link is going away anyway.
        }
        finally
        {
            socket.Dispose();
        }
    }

    private sealed record Disconnect(string Reason, bool Requested);
}
