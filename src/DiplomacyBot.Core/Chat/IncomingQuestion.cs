namespace DiplomacyBot.Core.Chat;

/// <summary>
/// A question as it reaches the bot from any chat platform, translated at the adapter's edge. <see cref="Thread"/> is
/// where the answer belongs (the platform's thread or parent message id, or null for the channel itself);
/// <see cref="ReplyAddress"/> is an opaque, platform-specific address for the reply (a Slack response_url), or null.
/// </summary>
public sealed record IncomingQuestion(
    string Platform,
    string Workspace,
    string Channel,
    string? Thread,
    string User,
    string Text,
    DateTimeOffset ReceivedAt)
{
    public string? ReplyAddress { get; init; }

    /// <summary>The message that asked (a Slack ts, a Discord message id), when the question came as a message.</summary>
    public string? MessageId { get; init; }

    /// <summary>Whether only the asker sees the answer (a slash command with <c>Chat:EphemeralCommands</c>).</summary>
    public bool Ephemeral { get; init; }
}
