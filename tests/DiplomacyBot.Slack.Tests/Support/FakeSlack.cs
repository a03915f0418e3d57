using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Slack.Tests.Support;

/// <summary>
/// A real HTTP and WebSocket server on 127.0.0.1 (random free port) playing Slack: the Web API methods the bot
/// calls, Socket Mode connections, response_url and file-upload endpoints. It records every call and can answer the
/// next call to a method with a 429.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-bot-token";
    public const string AppToken = "xapp-test-app-token";
    public const string BotUserId = "UBOT";
    public const string BotId = "BBOT";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentDictionary<string, int> rateLimits = new();
    private readonly Channel<FakeSocket> sockets = Channel.CreateUnbounded<FakeSocket>();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int connectionCount;
    private int tsCounter;

    private FakeSlack(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUrl, "api/").ToString();

    public IReadOnlyList<RecordedCall> Calls => calls.ToList();

    public int ConnectionsOpened => connectionCount;

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext http, string method) => fake.ApiAsync(http, method));
        app.MapPost("/response/{id}", (HttpContext http, string id) => fake.RecordOnlyAsync(http, "response_url"));
        app.MapPost("/expired-response/{id}", (HttpContext http, string id) => fake.RecordOnlyAsync(http, "response_url", 404));
        app.MapPost("/upload/{id}", (HttpContext http, string id) => fake.RecordOnlyAsync(http, "upload"));
        app.Map("/socket", fake.SocketAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/");
        return fake;
    }

    public Uri ResponseUrl(string id) => new(BaseUrl, $"response/{id}");

    /// <summary>A response_url that has expired: every post to it gets 404, as Slack answers a stale one.</summary>
    public Uri ExpiredResponseUrl(string id) => new(BaseUrl, $"expired-response/{id}");

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> get 429 with Retry-After: <paramref name="seconds"/>.</summary>
    public void RateLimit(string method, int seconds, int times = 1) => rateLimits[method] = (seconds * 1000) + times;

    public async Task<FakeSocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await sockets.Reader.ReadAsync(cts.Token);
    }

    /// <summary>
    /// Waits until the recorded calls satisfy <paramref name="condition"/>; fails the test after the timeout. The
    /// condition is checked on each call and every few milliseconds besides, so it may also look at what arrives over a
    /// socket (its acks).
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(Func<IReadOnlyList<RecordedCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = Task.Delay(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task signal = changed.Task;
            var snapshot = Calls;
            if (condition(snapshot))
            {
                return snapshot;
            }

            if (await Task.WhenAny(signal, deadline, Task.Delay(20)) == deadline)
            {
                throw new TimeoutException("The fake Slack did not see the expected calls. Calls: " + string.Join(", ", snapshot.Select(c => $"{c.Method}:{c.Status}")));
            }
        }
    }

    public IReadOnlyList<RecordedCall> Posts() => Calls.Where(c => c.Method is "chat.postMessage" or "response_url" && c.Status == 200).ToList();

    public static JsonObject MentionEnvelope(string envelopeId, string eventId, string channel, string ts, string text, string user = "U1", int? retry = null) => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = retry ?? 0,
        ["retry_reason"] = retry is null ? string.Empty : "timeout",
        ["payload"] = MentionCallback(eventId, channel, ts, text, user),
    };

    /// <summary>A <c>/diplo</c> command as Socket Mode delivers it: the form fields as a JSON object.</summary>
    public static JsonObject SlashCommandEnvelope(string envelopeId, string channel, string text, Uri responseUrl, string trigger) => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
        ["payload"] = new JsonObject
        {
            ["token"] = "verification-token",
            ["team_id"] = "T1",
            ["team_domain"] = "test",
            ["channel_id"] = channel,
            ["channel_name"] = "general",
            ["user_id"] = "U1",
            ["user_name"] = "ada",
            ["command"] = "/diplo",
            ["text"] = text,
            ["api_app_id"] = "A1",
            ["is_enterprise_install"] = "false",
            ["response_url"] = responseUrl.ToString(),
            ["trigger_id"] = trigger,
        },
    };

    public static JsonObject MentionCallback(string eventId, string channel, string ts, string text, string user = "U1", string type = "app_mention") => new()
    {
        ["token"] = "verification-token",
        ["team_id"] = "T1",
        ["api_app_id"] = "A1",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = new JsonObject
        {
            ["type"] = type,
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        },
    };

    private async Task ApiAsync(HttpContext http, string method)
    {
        RecordedCall call = await ReadAsync(http, method);
        if (rateLimits.TryGetValue(method, out int limit) && limit % 1000 > 0)
        {
            rateLimits[method] = limit - 1;
            http.Response.StatusCode = 429;
            http.Response.Headers.RetryAfter = (limit / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Record(call with { Status = 429 });
            return;
        }

        string token = method == "apps.connections.open" ? AppToken : BotToken;
        JsonObject reply = call.Authorization != $"Bearer {token}"
            ? new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" }
            : method switch
            {
                "auth.test" => new JsonObject { ["ok"] = true, ["user_id"] = BotUserId, ["bot_id"] = BotId, ["team_id"] = "T1", ["user"] = "diplomacybot" },
                "apps.connections.open" => new JsonObject { ["ok"] = true, ["url"] = new Uri(BaseUrl, $"socket?ticket={Guid.NewGuid():N}").ToString().Replace("http://", "ws://", StringComparison.Ordinal) },
                "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = call["channel"], ["ts"] = $"1800000000.{Interlocked.Increment(ref tsCounter):000000}" },
                "files.getUploadURLExternal" => new JsonObject { ["ok"] = true, ["upload_url"] = new Uri(BaseUrl, "upload/F1").ToString(), ["file_id"] = "F1" },
                "files.completeUploadExternal" => new JsonObject { ["ok"] = true, ["files"] = new JsonArray(new JsonObject { ["id"] = "F1" }) },
                _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
            };
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(reply.ToJsonString());
        Record(call);
    }

    private async Task RecordOnlyAsync(HttpContext http, string method, int status = 200)
    {
        RecordedCall call = await ReadAsync(http, method);
        http.Response.StatusCode = status;
        if (status != 200)
        {
            await http.Response.WriteAsync("expired_url");
        }

        Record(call with { Status = status });
    }

    private async Task SocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        var socket = await http.WebSockets.AcceptWebSocketAsync();
        var session = new FakeSocket(socket, http, Interlocked.Increment(ref connectionCount));
        Task run = session.RunAsync();
        sockets.Writer.TryWrite(session);
        await run;
    }

    private static async Task<RecordedCall> ReadAsync(HttpContext http, string method)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        byte[] bytes = buffer.ToArray();
        string text = Encoding.UTF8.GetString(bytes);
        JsonObject? json = null;
        IReadOnlyDictionary<string, string> form = new Dictionary<string, string>();
        string contentType = http.Request.ContentType ?? string.Empty;
        if (contentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        else if (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            form = QueryHelpers.ParseQuery(text).ToDictionary(f => f.Key, f => f.Value.ToString());
        }

        return new RecordedCall(method, 200, http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, json, form, bytes, DateTimeOffset.UtcNow);
    }

    private void Record(RecordedCall call)
    {
        calls.Enqueue(call);
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
