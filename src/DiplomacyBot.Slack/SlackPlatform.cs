namespace DiplomacyBot.Slack;

/// <summary>
/// Sends a reply to Slack: rendered by <see cref="SlackRenderer"/>, posted in the question's thread with
/// chat.postMessage, or to a slash command's response_url; a chart is uploaded as a file into the same place.
/// </summary>
public sealed class SlackPlatform(ISlackApi api) : ChatAdapter<SlackMessage>(SlackEventRouter.Platform, "Slack", SlackRenderer.Render)
{
    protected override async Task SendAsync(IncomingQuestion question, ChatReply reply, IReadOnlyList<SlackMessage> messages, CancellationToken cancellationToken)
    {
        string? thread = question.Thread;
        foreach (SlackMessage message in messages)
        {
            if (question.ReplyAddress is { } address && Uri.TryCreate(address, UriKind.Absolute, out Uri? responseUrl))
            {
                var payload = new JsonObject
                {
                    ["response_type"] = question.Ephemeral ? "ephemeral" : "in_channel",
                    ["replace_original"] = false,
                    ["text"] = message.Text,
                    ["blocks"] = message.Blocks.DeepClone(),
                };
                await api.PostToResponseUrlAsync(responseUrl, payload, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await api.PostMessageAsync(question.Channel, thread, message, cancellationToken).ConfigureAwait(false);
            }
        }

        if (reply.Image is { } image)
        {
            await api.UploadFileAsync(question.Channel, thread, image.FileName, image.Title, image.Png, cancellationToken).ConfigureAwait(false);
        }
    }
}
