namespace DiplomacyBot.Discord;

/// <summary>The Discord adapter's log messages: named holes, no tokens (bot or interaction), no message text above Debug.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: registered {Count} command(s) {Where}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string where);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord: registering the slash command {Where} failed: {Error}. Mentions and direct messages are still answered; check Discord:ApplicationId and Discord:GuildIds, and that the bot was invited with the applications.commands scope, then restart.")]
    public static partial void CommandsRefused(ILogger logger, string where, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: connected, session ready")]
    public static partial void Ready(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: connection lost ({Reason}); {Next} in {Seconds:0.00} s (attempt {Attempt})")]
    public static partial void Dropped(ILogger logger, string reason, string next, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord gateway: closed with {Code} ({Meaning}); not reconnecting. {Remedy}")]
    public static partial void Fatal(ILogger logger, int code, string meaning, string remedy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: message content arrived empty for a message from {User} in channel {Channel}. The MESSAGE CONTENT intent seems off: turn on \"Message Content Intent\" under Bot in the developer portal, or only mentions and direct messages can be read.")]
    public static partial void EmptyContent(ILogger logger, string user, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: the application does not have the Message Content intent (READY flags {Flags}); only mentions and direct messages carry text. Turn on \"Message Content Intent\" under Bot in the developer portal.")]
    public static partial void NoContentIntent(ILogger logger, long flags);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord: the response to interaction {InteractionId} failed")]
    public static partial void InteractionResponseFailed(ILogger logger, Exception exception, string interactionId);
}
