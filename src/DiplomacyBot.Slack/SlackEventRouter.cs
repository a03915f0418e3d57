using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Slack;

/// <summary>
/// Translates Slack payloads (from Socket Mode or HTTP alike) into <see cref="IncomingQuestion"/>s and queues them:
/// an app_mention or a direct message is a question, <c>/diplo</c> is a command. It drops its own and other bots'
/// messages, edits and other subtypes, channels outside <c>Slack:AllowedChannels</c>, and anything seen before
/// (by event_id, and by channel + ts, since a mention can also arrive as a message event). Slack's markup in the text
/// is made plain here, the bot's own mention taken out wherever it stands (<see cref="SlackText.Plain"/>): nothing past
/// the adapter sees it.
/// </summary>
public sealed class SlackEventRouter(
    [FromKeyedServices(SlackEventRouter.Platform)] ChatInbox inbox,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    TimeProvider time)
{
    public const string Platform = "slack";

    public RouteResult RouteEvent(JsonObject callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if ((string?)callback["type"] != "event_callback" || callback["event"] is not JsonObject e)
        {
            return Ignore((string?)callback["type"] ?? "payload", "not an event callback");
        }

        string kind = (string?)e["type"] ?? "event";
        string? channel = (string?)e["channel"];
        string? user = (string?)e["user"];
        string? ts = (string?)e["ts"];
        string? subtype = (string?)e["subtype"];
        SlackIdentity? self = identity.Current;
        if (e["bot_id"] is not null || subtype == "bot_message")
        {
            return Ignore(kind, "a bot's message");
        }

        if (user is null || (self is not null && user == self.UserId))
        {
            return Ignore(kind, "the bot's own message");
        }

        bool direct = kind == "message" && ((string?)e["channel_type"] == "im" || (channel?.StartsWith('D') ?? false));
        if (kind != "app_mention" && !direct)
        {
            return Ignore(kind, "neither a mention nor a direct message");
        }

        if (subtype is not null)
        {
            return Ignore(kind, $"subtype {subtype}");
        }

        if (channel is null || ts is null)
        {
            return Ignore(kind, "no channel or ts");
        }

        if (!direct && !Allowed(channel))
        {
            return RouteResult.NotAllowed;
        }

        string? eventId = (string?)callback["event_id"];
        if (!inbox.FirstTime(eventId is null ? null : "event:" + eventId, $"message:{channel}:{ts}"))
        {
            return Ignore(kind, $"already seen (event {eventId}, ts {ts})", RouteResult.Duplicate);
        }

        var question = new IncomingQuestion(
            Platform,
            (string?)callback["team_id"] ?? (string?)e["team"] ?? string.Empty,
            channel,
            (string?)e["thread_ts"] ?? ts,
            user,
            SlackText.Plain((string?)e["text"] ?? string.Empty, self?.UserId),
            time.GetUtcNow());
        return Enqueue(kind, question);
    }

    /// <summary>A slash command's fields (form fields over HTTP, the payload object in Socket Mode).</summary>
    public RouteResult RouteSlashCommand(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        string Field(string name) => fields.TryGetValue(name, out string? value) ? value : string.Empty;
        string channel = Field("channel_id");
        if (channel.Length == 0 || Field("user_id").Length == 0)
        {
            return Ignore("slash command", "no channel or user");
        }

        if (!channel.StartsWith('D') && !Allowed(channel))
        {
            return RouteResult.NotAllowed;
        }

        string trigger = Field("trigger_id");
        if (trigger.Length > 0 && !inbox.FirstTime("trigger:" + trigger))
        {
            return Ignore("slash command", "already seen", RouteResult.Duplicate);
        }

        string text = SlackText.Plain(Field("text"), identity.Current?.UserId);
        var question = new IncomingQuestion(Platform, Field("team_id"), channel, null, Field("user_id"), text.Length == 0 ? "help" : text, time.GetUtcNow())
        {
            ReplyAddress = Field("response_url") is { Length: > 0 } url ? url : null,
        };
        return Enqueue("slash command", question);
    }

    public static IReadOnlyDictionary<string, string> Fields(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString(), StringComparer.Ordinal);
    }

    private bool Allowed(string channel) =>
        options.Value.AllowedChannels.Count == 0 || options.Value.AllowedChannels.Contains(channel, StringComparer.Ordinal);

    private RouteResult Enqueue(string kind, IncomingQuestion question) => inbox.Enqueue(kind, question);

    private RouteResult Ignore(string kind, string reason, RouteResult result = RouteResult.Ignored) => inbox.Ignore(kind, reason, result);
}
