namespace DiplomacyBot.Discord;

/// <summary>The narrow part of Discord's REST API the bot uses.</summary>
public interface IDiscordApi
{
    /// <summary>GET /users/@me: who the bot is (and proof that the token works).</summary>
    Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary>GET /gateway/bot: the gateway's WebSocket URL.</summary>
    Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken);

    /// <summary>PUT the application's commands (bulk overwrite), in one guild or globally when <paramref name="guildId"/> is null.</summary>
    Task RegisterCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken);

    /// <summary>POST /channels/{id}/messages; <paramref name="replyTo"/> makes it a reply to that message. Returns the new message's id.</summary>
    Task<string?> CreateMessageAsync(string channelId, DiscordMessage message, string? replyTo, CancellationToken cancellationToken);

    /// <summary>POST /interactions/{id}/{token}/callback: the initial response (a deferral, a pong, autocomplete choices).</summary>
    Task RespondToInteractionAsync(string interactionId, string interactionToken, JsonObject response, CancellationToken cancellationToken);

    /// <summary>PATCH /webhooks/{application}/{token}/messages/@original: replaces the deferred "thinking…" with the answer.</summary>
    Task<string?> EditOriginalResponseAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>POST /webhooks/{application}/{token}: a follow-up message to an interaction.</summary>
    Task<string?> CreateFollowupAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);
}
