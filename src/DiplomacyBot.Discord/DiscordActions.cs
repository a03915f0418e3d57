namespace DiplomacyBot.Discord;

/// <summary>
/// Carries out a click on an answer's button in Discord, after the deferred update went out: the clicked message is
/// edited (PATCH <c>@original</c>: the answer again, with a thank-you); further sources are posted as a reply in the
/// answer's thread (or, for an answer only the asker sees, as a follow-up only they see); a shared answer is posted in
/// the channel and the private copy says so.
/// </summary>
public sealed class DiscordActions(IDiscordApi api) : IChatActionAdapter
{
    public string Label => "Discord";

    public async Task<IReadOnlyList<string>> ApplyAsync(ChatAction action, ChatActionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(result);
        string? token = action.ReplyAddress is { } address && address.StartsWith(DiscordInteractions.ReplyAddressPrefix, StringComparison.Ordinal)
            ? address[DiscordInteractions.ReplyAddressPrefix.Length..]
            : null;
        if (result.Reply is not { } reply || token is null)
        {
            return [];
        }

        IReadOnlyList<DiscordMessage> messages = DiscordRenderer.Render(reply);
        var shared = new List<string>();
        switch (result.Outcome)
        {
            case ChatActionOutcome.Update:
                await api.EditOriginalResponseAsync(token, messages[^1], cancellationToken).ConfigureAwait(false);
                break;
            case ChatActionOutcome.Post when result.Private:
                foreach (DiscordMessage message in messages)
                {
                    await api.CreateFollowupAsync(token, message with { Flags = DiscordInteractions.Ephemeral }, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ChatActionOutcome.Post:
                for (int i = 0; i < messages.Count; i++)
                {
                    await api.CreateMessageAsync(action.Channel, messages[i], i == 0 ? result.Thread ?? action.MessageId : null, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ChatActionOutcome.Share:
                foreach (DiscordMessage message in messages)
                {
                    if (await api.CreateMessageAsync(action.Channel, message, null, cancellationToken).ConfigureAwait(false) is { } id)
                    {
                        shared.Add(id);
                    }

                }

                await api.EditOriginalResponseAsync(token, new DiscordMessage(DiscordText.Escape(ChatActionResult.SharedNote), []) { Components = [] }, cancellationToken).ConfigureAwait(false);
                break;
        }

        return shared;
    }
}
