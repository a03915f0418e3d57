using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Discord;

/// <summary>
/// Translates gateway MESSAGE_CREATE events into <see cref="IncomingQuestion"/>s and queues them: a message that
/// mentions the bot, or any direct message, is a question (the mention itself is dropped). It ignores every bot's
/// messages (its own included), webhook and system messages, and anything seen before. A human's guild message whose
/// content arrives empty means the Message Content intent is off: that is logged once, with the fix.
/// </summary>
public sealed partial class DiscordEventRouter(
    [FromKeyedServices(DiscordEventRouter.Platform)] ChatInbox inbox,
    DiscordBotIdentity identity,
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

        if (!direct && !mentioned)
        {
            return Ignore("message", "neither a mention nor a direct message");
        }

        if (!inbox.FirstTime("discord:message:" + id))
        {
            return Ignore("message", $"already seen ({id})", RouteResult.Duplicate);
        }

        string text = self is null ? content : MentionOf(self.Id).Replace(content, " ").Trim();
        var question = new IncomingQuestion(Platform, guild ?? DirectMessages, channel, id, user, text, time.GetUtcNow());
        return Enqueue(direct ? "direct message" : "mention", question);
    }

    private RouteResult Enqueue(string kind, IncomingQuestion question) => inbox.Enqueue(kind, question);

    private static bool HasOtherParts(JsonObject message) =>
        message["attachments"] is JsonArray { Count: > 0 } || message["embeds"] is JsonArray { Count: > 0 }
        || message["sticker_items"] is JsonArray { Count: > 0 } || message["components"] is JsonArray { Count: > 0 };

    private static Regex MentionOf(string userId) => new($"<@!?{Regex.Escape(userId)}>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private RouteResult Ignore(string kind, string reason, RouteResult result = RouteResult.Ignored) => inbox.Ignore(kind, reason, result);
}
