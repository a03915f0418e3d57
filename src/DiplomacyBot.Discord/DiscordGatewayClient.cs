using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Discord;

/// <summary>
/// Discord gateway v10 with JSON encoding and no compression. After Hello it heartbeats (first after a random part
/// of the interval, then every interval, with the last sequence number) and identifies with the guild-message,
/// direct-message and message-content intents, or resumes a session it still has. A heartbeat left unacknowledged
/// until the next one marks the link dead: it is closed with 4000 and the session resumed. Op 7 and resumable closes
/// resume at <c>resume_gateway_url</c>; op 9 resumes when Discord says the session can be resumed and identifies anew
/// when it cannot, as do 4007 and 4009; 4004 and 4010-4014 stop the client for good, saying why. Reconnects back off
/// with capped jitter.
/// </summary>
public sealed class DiscordGatewayClient(
    IDiscordApi api,
    IDiscordSocketConnector connector,
    DiscordEventRouter router,
    DiscordInteractions interactions,
    DiscordBotIdentity identity,
    DiscordReconnectPolicy policy,
    ChatReadiness readiness,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger) : BackgroundService
{
    public const string Component = "discord-gateway";
    public const int GuildMessagesIntent = 1 << 9;
    public const int DirectMessagesIntent = 1 << 12;
    public const int MessageContentIntent = 1 << 15;
    public const int Intents = GuildMessagesIntent | DirectMessagesIntent | MessageContentIntent;

    /// <summary>READY's application flags that say the Message Content intent is enabled (GATEWAY_MESSAGE_CONTENT and its _LIMITED form).</summary>
    private const long ContentIntentFlags = (1L << 18) | (1L << 19);

    private Uri? gatewayUrl;
    private string? sessionId;
    private Uri? resumeUrl;
    private long sequence = -1;
    private CancellationToken stopping;

    /// <summary>The last dispatch sequence number seen (sent in heartbeats and Resume).</summary>
    public long? Sequence => Interlocked.Read(ref sequence) is var s && s >= 0 ? s : null;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Component, "connecting");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        int attempt = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                SessionEnd end;
                try
                {
                    end = await RunSessionAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or JsonException or TimeoutException or InvalidOperationException
                    || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
                {
                    end = new SessionEnd(EndKind.Resume, ex.Message, Established: false);
                }
                catch (DiscordApiException ex) when (ex.IsUnauthorized)
                {
                    end = new SessionEnd(EndKind.Fatal, ex.Message, Established: false, Code: 4004);
                }
                catch (DiscordApiException ex)
                {
                    end = new SessionEnd(EndKind.Resume, ex.Message, Established: false);
                }

                if (end.Kind == EndKind.Fatal)
                {
                    var (meaning, remedy) = Explain(end.Code ?? 0);
                    DiscordLog.Fatal(logger, end.Code ?? 0, meaning, remedy);
                    readiness.Set(Component, false, $"stopped: {end.Code} {meaning}");
                    return;
                }

                if (end.Established)
                {
                    attempt = 0;
                }

                TimeSpan wait = policy.Delay(attempt++, Random.Shared);
                if (end.Kind == EndKind.Identify)
                {
                    ForgetSession();

                    // Discord asks for a random 1-5 s pause before identifying again after an invalid session.
                    wait += policy.BaseDelay * (1 + (4 * Random.Shared.NextDouble()));
                }

                readiness.Set(Component, false, "reconnecting");
                DiscordLog.Dropped(logger, end.Reason, sessionId is null ? "identifying" : "resuming", wait.TotalSeconds, attempt);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task<SessionEnd> RunSessionAsync(CancellationToken stoppingToken)
    {
        bool resuming = sessionId is not null && Sequence is not null;
        Uri target = resuming && resumeUrl is not null ? resumeUrl : await GatewayUrlAsync(stoppingToken).ConfigureAwait(false);
        using var link = new GatewayLink(await connector.ConnectAsync(WithVersion(target), stoppingToken).ConfigureAwait(false), time, logger);
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task heartbeat = Task.CompletedTask;
        SessionEnd end = new(EndKind.Resume, "closed", Established: false);
        try
        {
            TimeSpan interval = await HelloAsync(link, stoppingToken).ConfigureAwait(false);
            heartbeat = HeartbeatAsync(link, interval, session.Token);
            await link.SendAsync(resuming ? Resume() : Identify(), stoppingToken).ConfigureAwait(false);
            end = await PumpAsync(link, stoppingToken).ConfigureAwait(false);
            return end;
        }
        finally
        {
            await session.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);

            // 1000 tells Discord the session is over; any other code keeps it resumable.
            await link.CloseAsync(end.Kind == EndKind.Identify ? WebSocketCloseStatus.NormalClosure : (WebSocketCloseStatus)4000, "reconnecting").ConfigureAwait(false);
        }
    }

    private async Task<TimeSpan> HelloAsync(GatewayLink link, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(policy.HelloTimeout);
        try
        {
            JsonObject hello = await link.ReceiveAsync(timeout.Token).ConfigureAwait(false)
                ?? throw new WebSocketException(CloseText(link, "closed before Hello"));
            if ((int?)hello["op"] != 10 || hello["d"]?["heartbeat_interval"] is not JsonValue value || !value.TryGetValue(out double milliseconds) || milliseconds <= 0)
            {
                throw new WebSocketException("the first gateway frame was not Hello");
            }

            return TimeSpan.FromMilliseconds(milliseconds);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            throw new TimeoutException("no Hello from the gateway in time");
        }
    }

    private async Task HeartbeatAsync(GatewayLink link, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!link.Acked)
                {
                    await link.AbandonAsync().ConfigureAwait(false);
                    return;
                }

                link.Acked = false;
                await link.SendAsync(Heartbeat(), cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The session is ending; the pump reports why.
        }
    }

    private async Task<SessionEnd> PumpAsync(GatewayLink link, CancellationToken stoppingToken)
    {
        bool established = false;
        while (true)
        {
            JsonObject? frame;
            try
            {
                frame = await link.ReceiveAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                return new SessionEnd(EndKind.Resume, link.Zombie ? "no heartbeat ACK" : ex.Message, established);
            }

            if (frame is null)
            {
                return Closed(link, established);
            }

            switch ((int?)frame["op"])
            {
                case 0:
                    if (frame["s"] is JsonValue s && s.TryGetValue(out long number) && number >= 0)
                    {
                        Interlocked.Exchange(ref sequence, number);
                    }

                    established |= Dispatch((string?)frame["t"], frame["d"] as JsonObject);
                    break;
                case 1:
                    await link.SendAsync(Heartbeat(), stoppingToken).ConfigureAwait(false);
                    break;
                case 7:
                    return new SessionEnd(EndKind.Resume, "the gateway asked for a reconnect (op 7)", established);
                case 9:
                    return (bool?)frame["d"] == true
                        ? new SessionEnd(EndKind.Resume, "invalid session, resumable (op 9)", established)
                        : new SessionEnd(EndKind.Identify, "invalid session (op 9)", established);
                case 11:
                    link.Acked = true;
                    break;
            }
        }
    }

    /// <summary>Handles one dispatch; true when it established the session (READY or RESUMED).</summary>
    private bool Dispatch(string? type, JsonObject? data)
    {
        switch (type)
        {
            case "READY" when data is not null:
                sessionId = (string?)data["session_id"];
                resumeUrl = Uri.TryCreate((string?)data["resume_gateway_url"], UriKind.Absolute, out Uri? url) ? url : null;
                if (data["user"] is JsonObject user && (string?)user["id"] is { } id)
                {
                    identity.Set(new DiscordUser(id, (string?)user["username"] ?? string.Empty));
                }

                if (data["application"]?["flags"] is JsonValue flags && flags.TryGetValue(out long value) && (value & ContentIntentFlags) == 0)
                {
                    DiscordLog.NoContentIntent(logger, value);
                }

                readiness.Set(Component, true, "connected");
                DiscordLog.Ready(logger);
                return true;
            case "RESUMED":
                readiness.Set(Component, true, "connected");
                DiscordLog.Resumed(logger);
                return true;
            case "MESSAGE_CREATE" when data is not null:
                router.RouteMessage(data);
                return false;
            case "INTERACTION_CREATE" when data is not null:
                // The initial response goes over REST; the receive loop does not wait for it.
                _ = interactions.HandleGatewayAsync(data, stopping);
                return false;
            default:
                return false;
        }
    }

    private static SessionEnd Closed(GatewayLink link, bool established)
    {
        int? code = (int?)link.Socket.CloseStatus;
        string reason = CloseText(link, "closed by the gateway");
        return code switch
        {
            4004 or 4010 or 4011 or 4012 or 4013 or 4014 => new SessionEnd(EndKind.Fatal, reason, established, code),
            4007 or 4009 => new SessionEnd(EndKind.Identify, reason, established, code),
            _ => new SessionEnd(EndKind.Resume, reason, established, code),
        };
    }

    private static string CloseText(GatewayLink link, string what) => ChatSockets.CloseText(link.Socket, what);

    private static (string Meaning, string Remedy) Explain(int code) => code switch
    {
        4004 => ("authentication failed", "Check Discord:BotToken (reset it in the developer portal if it leaked) and restart."),
        4010 => ("invalid shard", "The bot runs one shard; restart."),
        4011 => ("sharding required", "The bot is in too many guilds for one shard."),
        4012 => ("invalid API version", "The adapter speaks gateway v10; check Discord:GatewayUrl."),
        4013 => ("invalid intents", "Restart with an updated adapter."),
        4014 => ("disallowed intents", "Turn on \"Message Content Intent\" under Bot in the developer portal (verified bots need approval), then restart."),
        _ => ("unrecoverable", "Check the configuration and restart."),
    };

    private void ForgetSession()
    {
        sessionId = null;
        resumeUrl = null;
        Interlocked.Exchange(ref sequence, -1);
    }

    private async Task<Uri> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (gatewayUrl is null)
        {
            gatewayUrl = options.Value.GatewayUrl is { Length: > 0 } configured
                ? new Uri(configured, UriKind.Absolute)
                : await api.GetGatewayUrlAsync(cancellationToken).ConfigureAwait(false);
        }

        return gatewayUrl;
    }

    private static Uri WithVersion(Uri url) =>
        new UriBuilder(url) { Path = url.AbsolutePath.Length == 0 ? "/" : url.AbsolutePath, Query = "v=10&encoding=json" }.Uri;

    private JsonObject Identify() => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = options.Value.BotToken,
            ["intents"] = Intents,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "DiplomacyBot", ["device"] = "DiplomacyBot" },
        },
    };

    private JsonObject Resume() => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = options.Value.BotToken, ["session_id"] = sessionId, ["seq"] = Sequence },
    };

    private JsonObject Heartbeat() => new() { ["op"] = 1, ["d"] = Sequence };

    private enum EndKind
    {
        Resume,
        Identify,
        Fatal,
    }

    private sealed record SessionEnd(EndKind Kind, string Reason, bool Established, int? Code = null);
}
