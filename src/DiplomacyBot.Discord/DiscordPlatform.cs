namespace DiplomacyBot.Discord;

/// <summary>
/// Sends a reply to Discord, rendered by <see cref="DiscordRenderer"/>: for a slash command the first message
/// replaces the deferred response (PATCH <c>@original</c>) and the rest are follow-ups; for a mention or a direct
/// message the first message is a reply to the question and the rest follow in the channel. The chart goes with the
/// first message as an attachment. It returns the ids of the messages posted: a thread a user starts from one of them
/// has that message's id, and continues the answer.
/// </summary>
public sealed class DiscordPlatform(IDiscordApi api) : ChatAdapter<DiscordMessage>(DiscordEventRouter.Platform, "Discord", DiscordRenderer.Render)
{
    protected override async Task<IReadOnlyList<string>> SendAsync(IncomingQuestion question, ChatReply reply, IReadOnlyList<DiscordMessage> messages, CancellationToken cancellationToken)
    {
        var posted = new List<string>();
        string? token = question.ReplyAddress is { } address && address.StartsWith(DiscordInteractions.ReplyAddressPrefix, StringComparison.Ordinal)
            ? address[DiscordInteractions.ReplyAddressPrefix.Length..]
            : null;
        for (int i = 0; i < messages.Count; i++)
        {
            string? id = token is null
                ? await api.CreateMessageAsync(question.Channel, messages[i], i == 0 ? question.MessageId ?? question.Thread : null, cancellationToken).ConfigureAwait(false)
                : i == 0
                    ? await api.EditOriginalResponseAsync(token, messages[i], cancellationToken).ConfigureAwait(false)
                    : await api.CreateFollowupAsync(token, messages[i], cancellationToken).ConfigureAwait(false);
            if (id is not null)
            {
                posted.Add(id);
            }
        }

        return posted;
    }
}
