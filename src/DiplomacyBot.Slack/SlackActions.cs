namespace DiplomacyBot.Slack;

/// <summary>
/// Carries out a click on an answer's button in Slack: the clicked message is replaced through the click's
/// response_url (the answer again, with a thank-you); further sources are posted in the answer's thread with
/// chat.postMessage (or, for an answer only the asker sees, through the response_url, for the asker only); a shared answer is posted in the channel and the asker's private copy deleted.
/// </summary>
public sealed class SlackActions(ISlackApi api) : IChatActionAdapter
{
    public string Label => "Slack";

    public async Task<IReadOnlyList<string>> ApplyAsync(ChatAction action, ChatActionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Reply is not { } reply)
        {
            return [];
        }

        IReadOnlyList<SlackMessage> messages = SlackRenderer.Render(reply);
        Uri? responseUrl = Uri.TryCreate(action.ReplyAddress, UriKind.Absolute, out Uri? url) ? url : null;
        var shared = new List<string>();
        switch (result.Outcome)
        {
            case ChatActionOutcome.Update when responseUrl is not null:
                SlackMessage last = messages[^1];
                await api.PostToResponseUrlAsync(responseUrl, new JsonObject
                {
                    ["replace_original"] = true,
                    ["text"] = last.Text,
                    ["blocks"] = last.Blocks.DeepClone(),
                }, cancellationToken).ConfigureAwait(false);
                break;
            case ChatActionOutcome.Post when result.Private && responseUrl is not null:
                foreach (SlackMessage message in messages)
                {
                    await api.PostToResponseUrlAsync(responseUrl, new JsonObject
                    {
                        ["response_type"] = "ephemeral",
                        ["replace_original"] = false,
                        ["text"] = message.Text,
                        ["blocks"] = message.Blocks.DeepClone(),
                    }, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ChatActionOutcome.Post when !result.Private:
                foreach (SlackMessage message in messages)
                {
                    await api.PostMessageAsync(action.Channel, result.Thread ?? action.MessageId, message, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ChatActionOutcome.Share:
                foreach (SlackMessage message in messages)
                {
                    if (await api.PostMessageAsync(action.Channel, result.Thread, message, cancellationToken).ConfigureAwait(false) is { } id)
                    {
                        shared.Add(id);
                    }

                }

                if (responseUrl is not null)
                {
                    await api.PostToResponseUrlAsync(responseUrl, new JsonObject { ["delete_original"] = true }, cancellationToken).ConfigureAwait(false);
                }

                break;
        }

        return shared;
    }
}
