using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Discord;

/// <summary>
/// Translates gateway MESSAGE_CREATE events into <see cref="IncomingQuestion"/>s and queues them: a message that
/// mentions the bot, or any direct message, is a question (the mention itself is dropped). It ignores every bot's
/// messages (its own included), webhook and system messages, and anything seen before. A human's guild message whose
/// content arrives empty means the Message Content intent is off: that is logged once, with the fix. A reply to one of
/// the bot's answers belongs to that answer's thread (a follow-up, mention or not, when it reads as a question), as does
/// a message in a Discord thread started from one of the bot's answers or one the bot has answered in; and in a channel
/// in auto mode (<c>Discord:Channels</c>) every message that reads as a question is one.
/// </summary>
public sealed partial class DiscordEventRouter(
    [FromKeyedServices(DiscordEventRouter.Platform)] ChatInbox inbox,
    DiscordBotIdentity identity,
    IOptions<DiscordOptions> options,
    ChatConversations conversations,
    TimeProvider time,
    ILogger<DiscordEventRouter> logger)
{
    public const string Platform = "discord";
    public const string DirectMessages = "@me";

    private int warnedEmptyContent;

    public RouteResult RouteMessage(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string? id = (string?)message["id"];
        string? channel = (string?)message["channel_id"];
        JsonNode? author = message["author"];
        string? user = (string?)author?["id"];
        DiscordUser? self = identity.Current;
        if (id is null || channel is null || user is null)
        {
            return Ignore("message", "no id, channel or author");
        }

        if ((bool?)author?["bot"] == true || (self is not null && user == self.Id))
        {
            return Ignore("message", "a bot's message");
        }

        if (message["webhook_id"] is not null || (int?)message["type"] is not (null or 0 or 19))
        {
            return Ignore("message", "a webhook or system message");
        }

        string? guild = (string?)message["guild_id"];
        string content = (string?)message["content"] ?? string.Empty;
        bool direct = guild is null;
        bool mentioned = self is not null
            && ((message["mentions"] as JsonArray)?.Any(m => (string?)m?["id"] == self.Id) == true || content.Contains($"<@{self.Id}>", StringComparison.Ordinal) || content.Contains($"<@!{self.Id}>", StringComparison.Ordinal));
        if (content.Length == 0 && !direct && !HasOtherParts(message) && Interlocked.Exchange(ref warnedEmptyContent, 1) == 0)
        {
            DiscordLog.EmptyContent(logger, user, channel);
        }

        string text = self is null ? content : MentionOf(self.Id).Replace(content, " ").Trim();
        string? thread = ThreadOfReply(message, channel, self);
        if (thread is null && !direct && conversations.Follows(Platform, channel, channel))
        {
            // A thread started from one of the bot's answers (its id is that message's) or one the bot has answered in:
            // the thread's channel is the conversation.
            thread = channel;
        }
        if (!direct && !mentioned)
        {
            if (thread is null && ChannelModes.Of(options.Value.Channels, channel) != ChannelMode.Auto)
            {
                return Ignore("message", "neither a mention, a direct message, a reply to the bot nor in its thread");
            }

            if (!QuestionShape.ReadsAsQuestion(text))
            {
                return Ignore("message", "chatter, not a question");
            }
        }

        if (!inbox.FirstTime("discord:message:" + id))
        {
            return Ignore("message", $"already seen ({id})", RouteResult.Duplicate);
        }

        var question = new IncomingQuestion(Platform, guild ?? DirectMessages, channel, thread ?? id, user, text, time.GetUtcNow()) { MessageId = id };
        return Enqueue(direct ? "direct message" : mentioned ? "mention" : thread is not null ? "follow-up" : "question", question);
    }

    /// <summary>
    /// The thread a reply to one of the bot's messages continues: that of the bot's answer to the message the bot's
    /// message replied to, else that of the answer the bot posted as the message (a slash command's answer replies to
    /// nothing). Null when the message replies to none of the bot's answers (or their context expired).
    /// </summary>
    private string? ThreadOfReply(JsonObject message, string channel, DiscordUser? self)
    {
        if (self is null || message["referenced_message"] is not JsonObject replied || (string?)replied["author"]?["id"] != self.Id)
        {
            return null;
        }

        if (replied["message_reference"]?["message_id"] is JsonValue asked && asked.TryGetValue(out string? question)
            && conversations.ThreadOf(Platform, channel, question) is { } thread)
        {
            return thread;
        }

        return replied["id"] is JsonValue id && id.TryGetValue(out string? posted) ? conversations.ThreadOfPosted(Platform, posted) : null;
    }

    private RouteResult Enqueue(string kind, IncomingQuestion question) => inbox.Enqueue(kind, question);

    private static bool HasOtherParts(JsonObject message) =>
        message["attachments"] is JsonArray { Count: > 0 } || message["embeds"] is JsonArray { Count: > 0 }
        || message["sticker_items"] is JsonArray { Count: > 0 } || message["components"] is JsonArray { Count: > 0 };

    private static Regex MentionOf(string userId) => new($"<@!?{Regex.Escape(userId)}>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private RouteResult Ignore(string kind, string reason, RouteResult result = RouteResult.Ignored) => inbox.Ignore(kind, reason, result);
}
