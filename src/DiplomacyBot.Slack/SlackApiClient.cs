using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DiplomacyBot.Slack;

/// <summary>
/// Slack's Web API over <see cref="HttpClient"/>, against <c>Slack:ApiBaseUrl</c>. A 429 is retried after its
/// Retry-After (up to <see cref="ChatHttp.MaxRateLimitRetries"/> times); posts are paced per channel. Tokens go only into the
/// Authorization header.
/// </summary>
public sealed class SlackApiClient : ISlackApi
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);

    private readonly HttpClient http;
    private readonly SlackOptions options;
    private readonly TimeProvider time;
    private readonly ChannelPacer pacer;
    private readonly ILogger<SlackApiClient> logger;
    private readonly Uri baseUrl;

    public SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        baseUrl = ChatHttp.ApiBase(this.options.ApiBaseUrl);
        pacer = new ChannelPacer(TimeSpan.FromSeconds(this.options.SecondsBetweenPosts), time);
    }

    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        JsonObject reply = await CallAsync("auth.test", options.BotToken, null, cancellationToken).ConfigureAwait(false);
        return new SlackIdentity(
            (string?)reply["user_id"] ?? string.Empty,
            (string?)reply["bot_id"],
            (string?)reply["team_id"] ?? string.Empty);
    }

    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        JsonObject reply = await CallAsync("apps.connections.open", options.AppToken, null, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate((string?)reply["url"], UriKind.Absolute, out Uri? url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url_in_reply");
    }

    public async Task<string?> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new JsonObject
        {
            ["channel"] = channel,
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,

            // Plain "@channel" or "@here" in quoted text must stay text: no name linking, no server-side parsing.
            ["link_names"] = false,
            ["parse"] = "none",
        };
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        JsonObject reply = await CallAsync("chat.postMessage", options.BotToken, body, cancellationToken).ConfigureAwait(false);
        return (string?)reply["ts"];
    }

    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(payload);
        string json = payload.ToJsonString();
        using HttpResponseMessage response = await SendWithRetryAsync(
            "response_url",
            () => new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = new StringContent(json, Encoding.UTF8, "application/json") },
            cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
        }
    }

    public async Task UploadFileAsync(string channel, string? threadTs, string fileName, string title, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        JsonObject ticket = await CallFormAsync(
            "files.getUploadURLExternal",
            [new("filename", fileName), new("length", content.Length.ToString(CultureInfo.InvariantCulture))],
            cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate((string?)ticket["upload_url"], UriKind.Absolute, out Uri? uploadUrl) || (string?)ticket["file_id"] is not { } fileId)
        {
            throw new SlackApiException("files.getUploadURLExternal", "no_upload_url_in_reply");
        }

        using (HttpResponseMessage uploaded = await SendWithRetryAsync(
            "file upload",
            () => new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } } },
            cancellationToken).ConfigureAwait(false))
        {
            if (!uploaded.IsSuccessStatusCode)
            {
                throw new SlackApiException("file upload", $"http_{(int)uploaded.StatusCode}");
            }
        }

        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null)
        {
            complete["thread_ts"] = threadTs;
        }

        await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        await CallAsync("files.completeUploadExternal", options.BotToken, complete, cancellationToken).ConfigureAwait(false);
    }

    private Task<JsonObject> CallFormAsync(string method, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken) =>
        CallAsync(method, () => new FormUrlEncodedContent(fields), options.BotToken, cancellationToken);

    private Task<JsonObject> CallAsync(string method, string token, JsonObject? body, CancellationToken cancellationToken)
    {
        string? json = body?.ToJsonString();
        return CallAsync(
            method,
            () => json is null ? new FormUrlEncodedContent([]) : new StringContent(json, Encoding.UTF8, "application/json"),
            token,
            cancellationToken);
    }

    private async Task<JsonObject> CallAsync(string method, Func<HttpContent> content, string token, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendWithRetryAsync(
            method,
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, method))
            {
                Content = content(),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            },
            cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }

        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? reply;
        try
        {
            reply = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException ex)
        {
            throw new SlackApiException($"Slack {method} replied with something other than JSON", ex);
        }

        if (reply is null || (bool?)reply["ok"] != true)
        {
            throw new SlackApiException(method, (string?)reply?["error"] ?? "unknown_error");
        }

        if (reply["warning"] is { } warning)
        {
            SlackLog.ApiWarning(logger, method, warning.ToJsonString());
        }

        return reply;
    }

    private async Task<HttpResponseMessage> SendWithRetryAsync(string what, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            using HttpRequestMessage message = request();
            HttpResponseMessage response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= ChatHttp.MaxRateLimitRetries)
            {
                return response;
            }

            TimeSpan wait = RetryAfter(response);
            response.Dispose();
            ChatLog.RateLimited(logger, "Slack", what, wait.TotalSeconds, attempt + 1);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        TimeSpan wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => DefaultRetryAfter,
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }
}
