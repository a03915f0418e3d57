using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Slack;

/// <summary>
/// Translates Slack payloads (from Socket Mode or HTTP alike) into <see cref="IncomingQuestion"/>s and queues them:
/// an app_mention or a direct message is a question, <c>/diplo</c> is a command. It drops its own and other bots'
/// messages, edits and other subtypes, channels outside <c>Slack:AllowedChannels</c>, and anything seen before
/// (by event_id, and by channel + ts, since a mention can also arrive as a message event). Slack's markup in the text
/// is made plain here, the bot's own mention taken out wherever it stands (<see cref="SlackText.Plain"/>): nothing past
/// the adapter sees it. A channel message without a mention (the message.channels and message.groups subscriptions) is
/// a question when it reads as one and is either in a thread the bot has answered in (a follow-up) or at the top of a
/// channel in auto mode (<c>Slack:Channels</c>). A click on an answer's button (block_actions) is queued for the action
/// responder.
/// </summary>
public sealed class SlackEventRouter(
    [FromKeyedServices(SlackEventRouter.Platform)] ChatInbox inbox,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    IOptions<ChatOptions> chat,
    ChatConversations conversations,
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
        if (kind != "app_mention" && !direct && Unaddressed(kind, e, channel, ts, subtype, self) is { } reason)
        {
            return Ignore(kind, reason);
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
            time.GetUtcNow())
        {
            MessageId = ts,
        };
        return Enqueue(kind, question);
    }

    /// <summary>
    /// Why a channel message that does not mention the bot is not for it; null when it is a question to answer: one
    /// in a thread the bot has answered in, or at the top of an auto channel.
    /// </summary>
    private string? Unaddressed(string kind, JsonObject e, string? channel, string? ts, string? subtype, SlackIdentity? self)
    {
        string text = (string?)e["text"] ?? string.Empty;
        if (kind != "message" || subtype is not null || channel is null || ts is null)
        {
            return "neither a mention nor a direct message";
        }

        if (self is not null && text.Contains($"<@{self.UserId}", StringComparison.Ordinal))
        {
            return "a mention, answered from its app_mention";
        }

        if (!QuestionShape.ReadsAsQuestion(SlackText.Plain(text)))
        {
            return "chatter, not a question";
        }

        string? thread = (string?)e["thread_ts"];
        bool inThread = thread is not null && thread != ts;
        if (inThread ? !conversations.Follows(Platform, channel, thread!) : ChannelModes.Of(options.Value.Channels, channel) != ChannelMode.Auto)
        {
            return inThread ? "a thread the bot has not answered in" : "a channel message without a mention";
        }

        return null;
    }

    /// <summary>
    /// A click on one of the bot's buttons (an <c>interactive</c> payload, over HTTP or Socket Mode). The value is read
    /// strictly (<see cref="ChatButton.TryParse"/>); anything else is dropped without being echoed anywhere.
    /// </summary>
    public RouteResult RouteInteraction(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if ((string?)payload["type"] != "block_actions" || payload["actions"] is not JsonArray { Count: > 0 } actions || actions[0] is not JsonObject clicked)
        {
            return Ignore("interaction", "not a button click");
        }

        string? channel = Text(payload["channel"]?["id"]) ?? Text(payload["container"]?["channel_id"]);
        string? user = Text(payload["user"]?["id"]);
        if (channel is null || user is null)
        {
            return Ignore("interaction", "no channel or user");
        }

        if (!ChatButton.TryParse(Text(clicked["value"]), out ChatButton button))
        {
            return Ignore("interaction", "not one of the bot's buttons");
        }

        if (!channel.StartsWith('D') && !Allowed(channel))
        {
            return RouteResult.NotAllowed;
        }

        string? responseUrl = Text(payload["response_url"]);
        var action = new ChatAction(Platform, channel, user, button, time.GetUtcNow())
        {
            MessageId = Text(payload["container"]?["message_ts"]) ?? Text(payload["message"]?["ts"]),
            ReplyAddress = ChatHttp.IsAbsoluteUrl(responseUrl, Uri.UriSchemeHttps, Uri.UriSchemeHttp) ? responseUrl : null,
        };
        return inbox.EnqueueAction(action);
    }

    /// <summary>A string field of a payload; null when it is missing or not a string.</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;

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
            Ephemeral = chat.Value.EphemeralCommands,
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
