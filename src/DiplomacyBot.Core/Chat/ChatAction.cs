namespace DiplomacyBot.Core.Chat;

/// <summary>
/// A click on one of an answer's buttons, translated at the adapter's edge: who clicked where, and the button's value
/// as parsed. <see cref="MessageId"/> is the message the button is on (a Slack ts, a Discord message id);
/// <see cref="ReplyAddress"/> an opaque, platform-specific address for updating it (a response_url, an interaction token).
/// </summary>
public sealed record ChatAction(string Platform, string Channel, string User, ChatButton Button, DateTimeOffset ReceivedAt)
{
    public string? MessageId { get; init; }

    public string? ReplyAddress { get; init; }
}
