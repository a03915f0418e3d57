namespace DiplomacyBot.Slack;

/// <summary>The Slack adapter's log messages: named holes, no tokens, no message text above Debug.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: {Method} warned {Warning}")]
    public static partial void ApiWarning(ILogger logger, string method, string warning);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: connected ({Connections} connection(s) open for this app)")]
    public static partial void SocketConnected(ILogger logger, int connections);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: server asked to reconnect ({Reason}); opening a new connection before closing this one")]
    public static partial void SocketRefresh(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: connection lost ({Reason}); reconnecting in {Seconds:0.0} s (attempt {Attempt})")]
    public static partial void SocketDropped(ILogger logger, string reason, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack Socket Mode: the server disabled this link (link_disabled): Socket Mode was turned off for the app. Not reconnecting; turn Socket Mode on in the app settings (or set Slack:Mode to Http) and restart.")]
    public static partial void LinkDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: the slash command's response_url refused the answer ({Error}); posting it in channel {Channel} with chat.postMessage instead")]
    public static partial void ResponseUrlFailed(ILogger logger, string error, string channel);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack Socket Mode: stopped: {Error}. Check Slack:AppToken (an xapp- token with connections:write) and restart.")]
    public static partial void SocketFatal(ILogger logger, string error);
}
