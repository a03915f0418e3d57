namespace DiplomacyBot.Discord;

/// <summary>The bot's own user, from GET /users/@me or READY: used to ignore its own messages and find its mentions.</summary>
public sealed record DiscordUser(string Id, string Username);
