using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Discord.Tests.Support;

/// <summary>
/// A real HTTP and WebSocket server on 127.0.0.1 (random free port) playing Discord: the REST endpoints the bot calls
/// (with rate-limit headers, scripted 429s and exhausted buckets) and a gateway that speaks v10 JSON: Hello,
/// heartbeat ACKs, Identify → READY, Resume → replay of missed dispatches → RESUMED, and server-side close codes.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string BotToken = "MTAwMDAwMDAwMDAwMDAwMDAy.Gx1234.fake-bot-token-value";
    public const string ApplicationId = "100000000000000001";
    public const string BotUserId = "200000000000000002";
    public const long ContentIntentFlag = 1L << 18;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponse, Task>>> scripted = new();
    private readonly ConcurrentDictionary<string, double> exhausted = new();
    private readonly Channel<FakeGatewayConnection> connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly Lock sessionSync = new();
    private readonly Dictionary<string, Session> sessions = new();
    private Session? current;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TimeSpan>> delays = new();
    private int connectionCount;
    private int sessionCount;
    private long nextId = 300000000000000000;

    private FakeDiscord(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUrl, "api/v10/").ToString();

    public Uri GatewayUrl => new(BaseUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "gateway");

    public Uri ResumeUrl => new(BaseUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "resume");

    public IReadOnlyList<RecordedCall> Calls => calls.ToList();

    public int ConnectionsOpened => connectionCount;

    /// <summary>The heartbeat interval Hello announces on connection number n, in milliseconds.</summary>
    public Func<int, int> HeartbeatInterval { get; set; } = _ => 45000;

    /// <summary>Whether connection number n acknowledges heartbeats (all do by default).</summary>
    public Func<int, bool> AcksHeartbeats { get; set; } = _ => true;

    /// <summary>The application flags READY reports (the Message Content intent is on by default).</summary>
    public long ApplicationFlags { get; set; } = ContentIntentFlag;

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/api/v10/{**path}", fake.RestAsync);
        app.Map("/gateway", fake.GatewayAsync);
        app.Map("/resume", fake.GatewayAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/");
        return fake;
    }

    /// <summary>The next <paramref name="times"/> calls to <paramref name="endpoint"/> get a 429 with this retry_after (seconds).</summary>
    public void RateLimit(string endpoint, double retryAfter, bool global = false, int times = 1)
    {
        var queue = scripted.GetOrAdd(endpoint, _ => new ConcurrentQueue<Func<HttpResponse, Task>>());
        for (int i = 0; i < times; i++)
        {
            queue.Enqueue(async response =>
            {
                response.StatusCode = 429;
                response.Headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Scope"] = global ? "global" : "user";
                if (global)
                {
                    response.Headers["X-RateLimit-Global"] = "true";
                }
                else
                {
                    response.Headers["X-RateLimit-Bucket"] = "bucket-" + endpoint;
                    response.Headers["X-RateLimit-Limit"] = "5";
                    response.Headers["X-RateLimit-Remaining"] = "0";
                    response.Headers["X-RateLimit-Reset-After"] = retryAfter.ToString(CultureInfo.InvariantCulture);
                }

                response.ContentType = "application/json";
                await response.WriteAsync(new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = global }.ToJsonString());
            });
        }
    }

    /// <summary>The next call to <paramref name="endpoint"/> is refused with this status and Discord's JSON error body.</summary>
    public void Refuse(string endpoint, int status, int code, string message) =>
        scripted.GetOrAdd(endpoint, _ => new ConcurrentQueue<Func<HttpResponse, Task>>()).Enqueue(async response =>
        {
            response.StatusCode = status;
            response.ContentType = "application/json";
            await response.WriteAsync(new JsonObject { ["message"] = message, ["code"] = code }.ToJsonString());
        });

    /// <summary>The next call to <paramref name="endpoint"/> is answered only after <paramref name="delay"/>.</summary>
    public void Delay(string endpoint, TimeSpan delay) => delays.GetOrAdd(endpoint, _ => new ConcurrentQueue<TimeSpan>()).Enqueue(delay);

    /// <summary>The next successful call to <paramref name="endpoint"/> reports its bucket empty for <paramref name="resetAfter"/> seconds.</summary>
    public void ExhaustBucket(string endpoint, double resetAfter) => exhausted[endpoint] = resetAfter;

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await connections.Reader.ReadAsync(cts.Token);
    }

    /// <summary>
    /// A connection whose client has identified and processed READY: the heartbeat it sends when asked carries READY's
    /// sequence number, and frames are handled in order.
    /// </summary>
    public async Task<FakeGatewayConnection> ReadyConnectionAsync()
    {
        FakeGatewayConnection connection = await NextConnectionAsync();
        long ready = await connection.ReadySent.WaitAsync(TimeSpan.FromSeconds(15));
        await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        await connection.WaitForOpAsync(1, where: f => (long?)f["d"] >= ready);
        return connection;
    }

    /// <summary>Sends a dispatch on the current session (or only logs it, for replay on resume, when no connection is open).</summary>
    public async Task<long> DispatchAsync(string type, JsonObject data)
    {
        FakeGatewayConnection? target;
        long s;
        lock (sessionSync)
        {
            Session session = current ?? throw new InvalidOperationException("no session");
            s = ++session.Seq;
            session.Log.Add((s, type, data.DeepClone().AsObject()));
            target = session.Connection;
        }

        if (target is { IsOpen: true })
        {
            await target.SendAsync(Dispatch(s, type, data));
        }

        return s;
    }

    /// <summary>Drops a connection without a close handshake; dispatches until the resume are only logged.</summary>
    public void Drop(FakeGatewayConnection connection)
    {
        lock (sessionSync)
        {
            if (current?.Connection == connection)
            {
                current.Connection = null;
            }
        }

        connection.Drop();
    }

    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(Func<IReadOnlyList<RecordedCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = Task.Delay(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task signal = changed.Task;
            var snapshot = Calls;
            if (condition(snapshot))
            {
                return snapshot;
            }

            if (await Task.WhenAny(signal, deadline) == deadline)
            {
                throw new TimeoutException("The fake Discord did not see the expected calls. Calls: " + string.Join(", ", snapshot.Select(c => $"{c.Method}:{c.Status}")));
            }
        }
    }

    /// <summary>Messages that reached a channel, an interaction's @original or a follow-up.</summary>
    public IReadOnlyList<RecordedCall> Posts() => Calls.Where(c => c.Method is "messages" or "edit-original" or "followup" && c.Status is 200).ToList();

    public static JsonObject Message(string id, string channel, string content, string authorId = "400000000000000004", string? guild = "500000000000000005", bool mentionsBot = true, bool bot = false) => new()
    {
        ["id"] = id,
        ["channel_id"] = channel,
        ["guild_id"] = guild,
        ["type"] = 0,
        ["content"] = content,
        ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "ada", ["bot"] = bot },
        ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = BotUserId, ["username"] = "diplobot", ["bot"] = true }) : new JsonArray(),
        ["attachments"] = new JsonArray(),
        ["embeds"] = new JsonArray(),
    };

    public static JsonObject SlashCommand(string id, string token, string subcommand, params (string Name, string Value)[] options) => new()
    {
        ["id"] = id,
        ["application_id"] = ApplicationId,
        ["type"] = 2,
        ["token"] = token,
        ["version"] = 1,
        ["guild_id"] = "500000000000000005",
        ["channel_id"] = "600000000000000006",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "400000000000000004", ["username"] = "ada" } },
        ["data"] = new JsonObject
        {
            ["id"] = "700000000000000007",
            ["name"] = "diplo",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["name"] = subcommand,
                ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["type"] = 3, ["name"] = o.Name, ["value"] = o.Value }).ToArray()),
            }),
        },
    };

    /// <summary>Starts a session and sends READY; returns READY's sequence number once it is on the wire.</summary>
    internal async Task<long> IdentifyAsync(FakeGatewayConnection connection, JsonObject frame)
    {
        Session session;
        lock (sessionSync)
        {
            session = new Session($"session-{++sessionCount}") { Connection = connection };
            sessions[session.Id] = session;
            current = session;
        }

        return await DispatchAsync("READY", new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "diplobot", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = ResumeUrl.ToString(),
            ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = ApplicationFlags },
        });
    }

    internal async Task ResumeAsync(FakeGatewayConnection connection, JsonObject frame)
    {
        string? id = (string?)frame["d"]?["session_id"];
        long seq = (long?)frame["d"]?["seq"] ?? -1;
        List<(long S, string T, JsonObject D)> missed;
        lock (sessionSync)
        {
            if (id is null || !sessions.TryGetValue(id, out Session? session))
            {
                missed = [];
                current = null;
            }
            else
            {
                session.Connection = connection;
                current = session;
                missed = session.Log.Where(e => e.S > seq).ToList();
            }
        }

        if (current is null)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        foreach (var (s, t, d) in missed)
        {
            await connection.SendAsync(Dispatch(s, t, d));
        }

        await DispatchAsync("RESUMED", new JsonObject());
    }

    private static JsonObject Dispatch(long s, string type, JsonObject data) => new() { ["op"] = 0, ["s"] = s, ["t"] = type, ["d"] = data.DeepClone() };

    private async Task GatewayAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        var socket = await http.WebSockets.AcceptWebSocketAsync();
        int number = Interlocked.Increment(ref connectionCount);
        var connection = new FakeGatewayConnection(this, socket, http, number, AcksHeartbeats(number));
        Task run = connection.RunAsync();
        connections.Writer.TryWrite(connection);
        await run;
    }

    private async Task RestAsync(HttpContext http)
    {
        string path = http.Request.RouteValues["path"]?.ToString() ?? string.Empty;
        string verb = http.Request.Method;
        string endpoint = (verb, path) switch
        {
            ("GET", "gateway/bot") => "gateway/bot",
            ("GET", "users/@me") => "users/@me",
            ("PUT", _) when CommandsPath().IsMatch(path) => "commands",
            ("POST", _) when MessagesPath().IsMatch(path) => "messages",
            ("POST", _) when CallbackPath().IsMatch(path) => "callback",
            ("PATCH", _) when OriginalPath().IsMatch(path) => "edit-original",
            ("POST", _) when WebhookPath().IsMatch(path) => "followup",
            _ => "unknown",
        };

        JsonObject? json = null;
        JsonArray? array = null;
        var files = new List<(string, string, byte[])>();
        if (http.Request.HasFormContentType)
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            json = JsonNode.Parse(form["payload_json"].ToString()) as JsonObject;
            foreach (IFormFile file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                files.Add((file.Name, file.FileName, bytes.ToArray()));
            }
        }
        else if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            JsonNode? node = await JsonNode.ParseAsync(http.Request.Body);
            json = node as JsonObject;
            array = node as JsonArray;
        }

        string? auth = http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null;
        var call = new RecordedCall(endpoint, path, 200, auth, http.Request.Headers.UserAgent.ToString(), json, array, files, DateTimeOffset.UtcNow);
        if (delays.TryGetValue(endpoint, out var waits) && waits.TryDequeue(out TimeSpan wait))
        {
            await Task.Delay(wait);
        }

        if (scripted.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var respond))
        {
            await respond(http.Response);
            Record(call with { Status = http.Response.StatusCode });
            return;
        }

        bool needsBot = endpoint is "gateway/bot" or "users/@me" or "commands" or "messages";
        if (endpoint == "unknown" || (needsBot && auth != "Bot " + BotToken))
        {
            int status = endpoint == "unknown" ? 404 : 401;
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(new JsonObject { ["message"] = status == 401 ? "401: Unauthorized" : "404: Not Found", ["code"] = 0 }.ToJsonString());
            Record(call with { Status = status });
            return;
        }

        http.Response.Headers["X-RateLimit-Bucket"] = "bucket-" + endpoint;
        http.Response.Headers["X-RateLimit-Limit"] = "5";
        if (exhausted.TryRemove(endpoint, out double resetAfter))
        {
            http.Response.Headers["X-RateLimit-Remaining"] = "0";
            http.Response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            http.Response.Headers["X-RateLimit-Remaining"] = "4";
            http.Response.Headers["X-RateLimit-Reset-After"] = "0.5";
        }

        JsonNode? reply = endpoint switch
        {
            "gateway/bot" => new JsonObject { ["url"] = GatewayUrl.ToString(), ["shards"] = 1, ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14400000, ["max_concurrency"] = 1 } },
            "users/@me" => new JsonObject { ["id"] = BotUserId, ["username"] = "diplobot", ["bot"] = true },
            "commands" => array?.DeepClone(),
            "callback" => null,
            _ => new JsonObject { ["id"] = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture), ["content"] = json?["content"]?.DeepClone() },
        };
        if (reply is null)
        {
            http.Response.StatusCode = 204;
        }
        else
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(reply.ToJsonString());
        }

        Record(call with { ResponseId = (string?)(reply as JsonObject)?["id"] });
    }

    private void Record(RecordedCall call)
    {
        calls.Enqueue(call);
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    [GeneratedRegex(@"^applications/\d+(/guilds/\d+)?/commands$")]
    private static partial Regex CommandsPath();

    [GeneratedRegex(@"^channels/\d+/messages$")]
    private static partial Regex MessagesPath();

    [GeneratedRegex(@"^interactions/\d+/[^/]+/callback$")]
    private static partial Regex CallbackPath();

    [GeneratedRegex(@"^webhooks/\d+/[^/]+/messages/@original$")]
    private static partial Regex OriginalPath();

    [GeneratedRegex(@"^webhooks/\d+/[^/]+$")]
    private static partial Regex WebhookPath();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class Session(string id)
    {
        public string Id => id;

        public long Seq { get; set; }

        public List<(long S, string T, JsonObject D)> Log { get; } = [];

        public FakeGatewayConnection? Connection { get; set; }
    }
}
