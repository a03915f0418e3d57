using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DiplomacyBot.Discord;

/// <summary>
/// Discord's REST API over <see cref="HttpClient"/>, against <c>Discord:ApiBaseUrl</c>. Every request waits its turn
/// in <see cref="DiscordRateLimiter"/>; a 429 is retried after its <c>retry_after</c> (up to
/// <see cref="ChatHttp.MaxRateLimitRetries"/> times). Every message body carries <c>allowed_mentions: {"parse": []}</c>. The
/// token goes only into the Authorization header; interaction tokens appear in no log line or error.
/// </summary>
public sealed class DiscordApiClient : IDiscordApi
{
    public static readonly string UserAgent =
        $"DiscordBot (https://github.com/diplomacybot/diplomacybot, {typeof(DiscordApiClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    private readonly HttpClient http;
    private readonly DiscordOptions options;
    private readonly DiscordRateLimiter limiter;
    private readonly TimeProvider time;
    private readonly ILogger<DiscordApiClient> logger;
    private readonly Uri baseUrl;

    public DiscordApiClient(HttpClient http, IOptions<DiscordOptions> options, DiscordRateLimiter limiter, TimeProvider time, ILogger<DiscordApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options.Value;
        this.limiter = limiter;
        this.time = time;
        this.logger = logger;
        baseUrl = ChatHttp.ApiBase(this.options.ApiBaseUrl);
    }

    public async Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        JsonObject user = await SendJsonAsync(HttpMethod.Get, "users/@me", "GET /users/@me", string.Empty, null, cancellationToken).ConfigureAwait(false)
            ?? throw new DiscordApiException("Discord GET /users/@me returned no user");
        return new DiscordUser((string?)user["id"] ?? string.Empty, (string?)user["username"] ?? string.Empty);
    }

    public async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        JsonObject? reply = await SendJsonAsync(HttpMethod.Get, "gateway/bot", "GET /gateway/bot", string.Empty, null, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate((string?)reply?["url"], UriKind.Absolute, out Uri? url)
            ? url
            : throw new DiscordApiException("Discord GET /gateway/bot returned no url");
    }

    public Task RegisterCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        string app = options.ApplicationId;
        return guildId is null
            ? SendJsonAsync(HttpMethod.Put, $"applications/{app}/commands", "PUT /applications/{id}/commands", app, commands, cancellationToken)
            : SendJsonAsync(HttpMethod.Put, $"applications/{app}/guilds/{guildId}/commands", "PUT /applications/{id}/guilds/{guild.id}/commands", guildId, commands, cancellationToken);
    }

    public async Task<string?> CreateMessageAsync(string channelId, DiscordMessage message, string? replyTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        JsonObject body = message.ToJson();
        if (replyTo is not null)
        {
            // A reply that still goes out when the question was deleted meanwhile.
            body["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["channel_id"] = channelId, ["fail_if_not_exists"] = false };
        }

        JsonObject? reply = await SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", "POST /channels/{channel.id}/messages", channelId, body, message, cancellationToken).ConfigureAwait(false);
        return (string?)reply?["id"];
    }

    public Task RespondToInteractionAsync(string interactionId, string interactionToken, JsonObject response, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, $"interactions/{interactionId}/{interactionToken}/callback", "POST /interactions/{id}/{token}/callback", interactionId, response, cancellationToken);

    public async Task<string?> EditOriginalResponseAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        JsonObject? posted = await SendAsync(HttpMethod.Patch, $"webhooks/{options.ApplicationId}/{interactionToken}/messages/@original", "PATCH /webhooks/{id}/{token}/messages/@original", interactionToken, message.ToJson(), message, cancellationToken).ConfigureAwait(false);
        return (string?)posted?["id"];
    }

    public async Task<string?> CreateFollowupAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        JsonObject? posted = await SendAsync(HttpMethod.Post, $"webhooks/{options.ApplicationId}/{interactionToken}", "POST /webhooks/{id}/{token}", interactionToken, message.ToJson(), message, cancellationToken).ConfigureAwait(false);
        return (string?)posted?["id"];
    }

    private Task<JsonObject?> SendJsonAsync(HttpMethod method, string path, string template, string major, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, template, major, body, null, cancellationToken);

    private async Task<JsonObject?> SendAsync(HttpMethod method, string path, string template, string major, JsonNode? body, DiscordMessage? withImage, CancellationToken cancellationToken)
    {
        string route = template + "|" + major;
        string? json = body?.ToJsonString();
        for (int attempt = 0; ; attempt++)
        {
            await limiter.WaitTurnAsync(route, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(method, new Uri(baseUrl, path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            if (json is not null)
            {
                request.Content = withImage?.Image is { } image ? Multipart(json, image.FileName, image.Png) : new StringContent(json, Encoding.UTF8, "application/json");
            }

            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            string text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            JsonObject? reply = Parse(text);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retry = new DiscordRateLimiter.RetryInfo(
                    reply?["retry_after"] is JsonValue v && v.TryGetValue(out double seconds) ? TimeSpan.FromSeconds(seconds) : null,
                    reply?["global"] is JsonValue g && g.TryGetValue(out bool global) && global);
                TimeSpan wait = limiter.Observe(route, status, response.Headers, retry);
                if (attempt >= ChatHttp.MaxRateLimitRetries)
                {
                    throw new DiscordApiException(template, status, null, "still rate limited after retries");
                }

                ChatLog.RateLimited(logger, "Discord", retry.Global ? $"{template} (global)" : template, wait.TotalSeconds, attempt + 1);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            limiter.Observe(route, status, response.Headers);
            if (!response.IsSuccessStatusCode)
            {
                throw new DiscordApiException(template, status, reply?["code"] is JsonValue c && c.TryGetValue(out int code) ? code : null, (string?)reply?["message"]);
            }

            return reply;
        }
    }

    private static MultipartFormDataContent Multipart(string payloadJson, string fileName, byte[] png)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(payloadJson, Encoding.UTF8, "application/json"), "payload_json" },
        };
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "files[0]", fileName);
        return content;
    }

    private static JsonObject? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
