using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Slack;

/// <summary>
/// Slack Socket Mode: opens a WebSocket URL with apps.connections.open, waits for <c>hello</c>, acknowledges every
/// envelope as soon as it arrives (before any answering) and hands its payload to the router. When Slack asks to
/// reconnect (<c>warning</c>, <c>refresh_requested</c>) the replacement is opened before the old link is closed; a lost
/// link is reopened with capped, jittered backoff; <c>link_disabled</c> stops the client with a clear log line.
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
                    ?? throw new WebSocketException("closed before hello");
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
                return new Disconnect("socket closed", Requested: false);
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

            // Ack first, within Slack's 3 s, whatever the payload; answering happens off this loop.
            await SendAsync(socket, new JsonObject { ["envelope_id"] = envelopeId }, cancellationToken).ConfigureAwait(false);
            if (frame["payload"] is JsonObject payload)
            {
                _ = type switch
                {
                    "events_api" => router.RouteEvent(payload),
                    "slash_commands" => router.RouteSlashCommand(SlackEventRouter.Fields(payload)),
                    "interactive" => router.RouteInteraction(payload),
                    _ => RouteResult.Ignored,
                };
            }
        }
    }

    private static async Task<JsonObject?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken) =>
        await ChatSockets.ReceiveAsync(socket, MaxFrameBytes, cancellationToken).ConfigureAwait(false) is { } message
            ? JsonNode.Parse(message.Span) as JsonObject
            : null;

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
