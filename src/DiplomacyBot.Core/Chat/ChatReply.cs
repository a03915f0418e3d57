namespace DiplomacyBot.Core.Chat;

/// <summary>
/// The platform-neutral reply: a lead line, quotes that support it, list items (timeline events, sources) and an
/// optional image. Every string is plain text exactly as stored or composed; escaping and markup are the renderer's job.
/// </summary>
public sealed record ChatReply(string Lead, IReadOnlyList<ChatQuote> Quotes, IReadOnlyList<ChatItem> Items, ChatImage? Image = null)
{
    /// <summary>The buttons under the reply (an answer's feedback, "More sources", "Share in channel"); null for none.</summary>
    public ChatActions? Actions { get; init; }

    /// <summary>How a follow-up was read, with the thread's subject filled in ("Where did the third round happen?"); null otherwise.</summary>
    public string? ReadAs { get; init; }

    /// <summary>A closing line (a thank-you for a rating); null for none.</summary>
    public string? Note { get; init; }

    public static ChatReply Text(string lead) => new(lead, [], []);
}
