namespace DiplomacyBot.Discord;

/// <summary>Holds the bot's own user once GET /users/@me (or READY) has told it.</summary>
public sealed class DiscordBotIdentity
{
    private volatile DiscordUser? current;

    public DiscordUser? Current => current;

    public void Set(DiscordUser user) => current = user;
}
