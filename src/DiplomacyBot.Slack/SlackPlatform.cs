namespace DiplomacyBot.Slack;

/// <summary>
/// Sends a reply to Slack: rendered by <see cref="SlackRenderer"/>, posted in the question's thread with
/// chat.postMessage, or to a slash command's response_url; a chart is uploaded as a file into the same place. A
/// response_url that refuses the post (they expire after 30 minutes and five uses) is given up for the rest of the
/// reply, which goes to the channel with chat.postMessage instead.
/// </summary>
public sealed class SlackPlatform(ISlackApi api, ILogger<SlackPlatform> logger) : ChatAdapter<SlackMessage>(SlackEventRouter.Platform, "Slack", SlackRenderer.Render)
{
    protected override async Task<IReadOnlyList<string>> SendAsync(IncomingQuestion question, ChatReply reply, IReadOnlyList<SlackMessage> messages, CancellationToken cancellationToken)
    {
        var posted = new List<string>();
        string? thread = question.Thread;
        Uri? responseUrl = question.ReplyAddress is { } address && Uri.TryCreate(address, UriKind.Absolute, out Uri? url) ? url : null;
        foreach (SlackMessage message in messages)
        {
            if (responseUrl is not null && await TryResponseUrlAsync(responseUrl, question, message, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            if (responseUrl is not null && question.Ephemeral)
            {
                // An answer meant for the asker alone is never posted to the whole channel instead.
                return posted;
            }

            responseUrl = null;
            if (await api.PostMessageAsync(question.Channel, thread, message, cancellationToken).ConfigureAwait(false) is { } ts)
            {
                posted.Add(ts);
            }
        }

        // A file is shared with the whole channel: an answer meant for the asker alone goes without its chart.
        if (reply.Image is { } image && !question.Ephemeral)
        {
            await api.UploadFileAsync(question.Channel, thread, image.FileName, image.Title, image.Png, cancellationToken).ConfigureAwait(false);
        }

        return posted;
    }

    private async Task<bool> TryResponseUrlAsync(Uri responseUrl, IncomingQuestion question, SlackMessage message, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["response_type"] = question.Ephemeral ? "ephemeral" : "in_channel",
            ["replace_original"] = false,
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
        try
        {
            await api.PostToResponseUrlAsync(responseUrl, payload, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            SlackLog.ResponseUrlFailed(logger, ex.Message, question.Channel);
            return false;
        }
    }
}
