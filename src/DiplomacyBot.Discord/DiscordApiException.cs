namespace DiplomacyBot.Discord;

/// <summary>A REST call Discord refused: the route, the HTTP status and Discord's JSON error code and message when given. Never holds a token.</summary>
public sealed class DiscordApiException : ChatApiException
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DiscordApiException(string route, int status, int? code, string? detail)
        : base($"Discord {route} failed: HTTP {status}{(code is null ? string.Empty : $", code {code}")}{(string.IsNullOrEmpty(detail) ? string.Empty : $": {detail}")}")
    {
        Route = route;
        Status = status;
        Code = code;
    }

    public string Route { get; } = string.Empty;

    public int Status { get; }

    public int? Code { get; }

    /// <summary>401: the token is wrong or was reset; no retry can fix that.</summary>
    public bool IsUnauthorized => Status == 401;
}
