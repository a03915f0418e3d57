namespace DiplomacyBot.Slack;

/// <summary>What an HTTP request from Slack gets back.</summary>
public sealed record SlackHttpResponse(int StatusCode, string ContentType, string Body)
{
    public static SlackHttpResponse Empty(int status) => new(status, "text/plain; charset=utf-8", string.Empty);
}
