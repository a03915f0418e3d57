namespace DiplomacyBot.Slack;

/// <summary>A Web API call that Slack answered with <c>ok: false</c> (or a failed HTTP status). Holds the method and Slack's error code, never a token.</summary>
public sealed class SlackApiException : ChatApiException
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    public string Method { get; } = string.Empty;

    public string Error { get; } = string.Empty;

    /// <summary>Errors no retry can fix: the token is wrong, revoked or of the wrong kind.</summary>
    public bool IsFatal => Error is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "not_allowed_token_type" or "missing_scope";
}
