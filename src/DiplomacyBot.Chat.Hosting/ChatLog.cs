using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>The log messages every chat adapter shares: named holes, no tokens, no message text above Debug.</summary>
public static partial class ChatLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: signed in as {Account}")]
    public static partial void SignedIn(ILogger logger, string platform, string account);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: {What} rate limited; retrying in {Seconds:0.00} s (attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string platform, string what, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: {Kind} in channel {Channel} from {User} queued")]
    public static partial void Queued(ILogger logger, string platform, string kind, string channel, string user);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Platform}: ignored {Kind}: {Reason}")]
    public static partial void Ignored(ILogger logger, string platform, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: the question queue is full; dropped a question from channel {Channel}")]
    public static partial void QueueFull(ILogger logger, string platform, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: answered in channel {Channel} with {Messages} message(s) in {Milliseconds:0} ms")]
    public static partial void Answered(ILogger logger, string platform, string channel, int messages, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Platform}: answering in channel {Channel} failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string platform, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: the store could not record the event ({Error}); answering it without a claim, so another replica may answer it too")]
    public static partial void Unclaimed(ILogger logger, string platform, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Link}: the server closed the WebSocket with code {Code} ({Reason})")]
    public static partial void SocketClosed(ILogger logger, string link, int? code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Link}: skipped a WebSocket frame that is JSON but not an object ({Kind}, {Bytes} bytes)")]
    public static partial void FrameSkipped(ILogger logger, string link, string kind, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} HTTP: rejected a request to {Path}: {Reason}")]
    public static partial void Rejected(ILogger logger, string platform, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: button {Kind} in channel {Channel}: {Detail}")]
    public static partial void ActionDone(ILogger logger, string platform, string kind, string channel, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Platform}: button {Kind} in channel {Channel} failed")]
    public static partial void ActionFailed(ILogger logger, Exception exception, string platform, string kind, string channel);
}
