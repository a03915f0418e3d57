namespace DiplomacyBot.Core.Chat;

/// <summary>
/// The platform-neutral reply: a lead line, quotes that support it, list items (timeline events, sources) and an
/// optional image. Every string is plain text exactly as stored or composed; escaping and markup are the renderer's job.
/// </summary>
public sealed record ChatReply(string Lead, IReadOnlyList<ChatQuote> Quotes, IReadOnlyList<ChatItem> Items, ChatImage? Image = null)
{
    public static ChatReply Text(string lead) => new(lead, [], []);
}
