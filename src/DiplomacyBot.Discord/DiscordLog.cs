using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Discord;

/// <summary>The Discord adapter's log messages: named holes, no tokens (bot or interaction), no message text above Debug.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: signed in as {Username} ({UserId})")]
    public static partial void SignedIn(ILogger logger, string username, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: registered {Count} command(s) {Where}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: {Route} rate limited (global: {Global}); retrying in {Seconds:0.00} s (attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string route, double seconds, bool global, int attempt);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: {Kind} in channel {Channel} from {User} queued")]
    public static partial void Queued(ILogger logger, string kind, string channel, string user);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord: ignored {Kind}: {Reason}")]
    public static partial void Ignored(ILogger logger, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: the question queue is full; dropped a question from channel {Channel}")]
    public static partial void QueueFull(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: answered in channel {Channel} with {Messages} message(s) in {Milliseconds:0} ms")]
    public static partial void Answered(ILogger logger, string channel, int messages, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord: answering in channel {Channel} failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord: the response to interaction {InteractionId} failed")]
    public static partial void InteractionResponseFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord HTTP: rejected a request to {Path}: {Reason}")]
    public static partial void Rejected(ILogger logger, string path, string reason);
}
