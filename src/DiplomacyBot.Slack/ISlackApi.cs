namespace DiplomacyBot.Slack;

/// <summary>The narrow part of Slack's Web API the bot uses.</summary>
public interface ISlackApi
{
    Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken);

    /// <summary>apps.connections.open with the app-level token: a fresh Socket Mode WebSocket URL.</summary>
    Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>chat.postMessage; <paramref name="threadTs"/> makes it a reply in that thread. Returns the message's ts.</summary>
    Task<string?> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>Posts to a slash command's response_url.</summary>
    Task PostToResponseUrlAsync(Uri responseUrl, JsonObject payload, CancellationToken cancellationToken);

    /// <summary>Uploads a file into a channel (and thread): files.getUploadURLExternal, the upload, files.completeUploadExternal.</summary>
    Task UploadFileAsync(string channel, string? threadTs, string fileName, string title, byte[] content, CancellationToken cancellationToken);
}
