namespace DiplomacyBot.Core.Chat;

/// <summary>
/// The buttons under a reply: helpful / not helpful (<see cref="Feedback"/>), "More sources" (the page it shows next,
/// when there is one) and "Share in channel" (for an answer only the asker sees).
/// </summary>
public sealed record ChatActions(string AnswerId, bool Feedback, int? MorePage, bool Share)
{
    public IEnumerable<ChatButton> Buttons()
    {
        if (Feedback)
        {
            yield return new ChatButton(ChatActionKind.Helpful, AnswerId);
            yield return new ChatButton(ChatActionKind.NotHelpful, AnswerId);
        }

        if (MorePage is { } page)
        {
            yield return new ChatButton(ChatActionKind.MoreSources, AnswerId, page);
        }

        if (Share)
        {
            yield return new ChatButton(ChatActionKind.Share, AnswerId);
        }
    }

    /// <summary>The label a button shows.</summary>
    public static string Label(ChatActionKind kind) => kind switch
    {
        ChatActionKind.Helpful => "Helpful",
        ChatActionKind.NotHelpful => "Not helpful",
        ChatActionKind.MoreSources => "More sources",
        _ => "Share in channel",
    };
}
