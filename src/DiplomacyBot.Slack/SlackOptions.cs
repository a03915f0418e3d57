namespace DiplomacyBot.Slack;

/// <summary>Configuration section "Slack". The tokens and the signing secret are secrets: never logged, never in an error.</summary>
public sealed class SlackOptions : IChatOptions
{
    public const string Section = "Slack";

    public bool Enabled { get; set; }

    public SlackMode Mode { get; set; } = SlackMode.SocketMode;

    /// <summary>xoxb-…: the bot token for the Web API.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>xapp-…: the app-level token with connections:write, for Socket Mode.</summary>
    public string AppToken { get; set; } = string.Empty;

    /// <summary>The app's signing secret, for HTTP mode.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Channel ids the bot answers in; empty means every channel it is in. Direct messages are always answered.</summary>
    public IList<string> AllowedChannels { get; set; } = [];

    /// <summary>
    /// When the bot speaks, per channel id: "mention" (the default: when mentioned) or "auto" (to every message that
    /// reads as a question). Follow-ups in the bot's threads are answered in either.
    /// </summary>
    public IDictionary<string, string> Channels { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The least time between two posts to one channel (Slack allows about one message per second per channel).</summary>
    public double SecondsBetweenPosts { get; set; } = 1.0;

    /// <summary>Never prints a secret: only whether each is set.</summary>
    public override string ToString() =>
        $"Slack(Enabled={Enabled}, Mode={Mode}, BotToken={Set(BotToken)}, AppToken={Set(AppToken)}, SigningSecret={Set(SigningSecret)}, ApiBaseUrl={ApiBaseUrl})";

    private static string Set(string secret) => string.IsNullOrEmpty(secret) ? "<empty>" : "<set>";
}
