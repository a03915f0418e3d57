namespace DiplomacyBot.Slack;

/// <summary>Start-up checks (run by <see cref="ChatOptionsValidator{TOptions}"/>): every bad or missing key is named by its configuration path, and no value is echoed.</summary>
public static class SlackOptionsValidator
{
    /// <summary>What is wrong with the section; only an enabled adapter's section is checked at all.</summary>
    public static IEnumerable<string> Failures(SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Mode))
        {
            yield return "Slack:Mode must be SocketMode or Http";
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            yield return "Slack:BotToken is required when Slack:Enabled is true";
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            yield return "Slack:BotToken must be a bot token (it starts with xoxb-)";
        }

        if (options.Mode == SlackMode.SocketMode)
        {
            if (string.IsNullOrWhiteSpace(options.AppToken))
            {
                yield return "Slack:AppToken is required when Slack:Mode is SocketMode";
            }
            else if (!options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
            {
                yield return "Slack:AppToken must be an app-level token (it starts with xapp-)";
            }
        }

        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            yield return "Slack:SigningSecret is required when Slack:Mode is Http";
        }

        if (!ChatHttp.IsAbsoluteUrl(options.ApiBaseUrl, Uri.UriSchemeHttps, Uri.UriSchemeHttp))
        {
            yield return "Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/";
        }

        if (options.SecondsBetweenPosts is < 0 or > 60 || double.IsNaN(options.SecondsBetweenPosts))
        {
            yield return "Slack:SecondsBetweenPosts must be between 0 and 60";
        }
    }
}
