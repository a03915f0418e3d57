namespace DiplomacyBot.Feeds;

/// <summary>Configuration section "Feeds": how pages and feeds are fetched and how often feeds are polled.</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    /// <summary>Whether <c>serve</c> polls the subscribed feeds.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between two polls of one feed when it answers well.</summary>
    public double PollMinutes { get; set; } = 30;

    /// <summary>The longest wait after repeated errors, in minutes (the wait doubles with each error up to this).</summary>
    public double MaxBackoffMinutes { get; set; } = 24 * 60;

    /// <summary>The largest page or feed fetched, in bytes; a larger response is refused.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Seconds a fetch may take, headers and body together.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>New items ingested per poll of one feed; the rest wait for the next poll.</summary>
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>Polls on which an item's page may fail before the item is given up (and never tried again).</summary>
    public int MaxItemAttempts { get; set; } = 3;

    /// <summary>Item ids remembered per feed beyond those the feed still lists.</summary>
    public int SeenItemsKept { get; set; } = 2000;

    public string UserAgent { get; set; } = "DiplomacyBot/1.0 (+news digest; respects ETag and Last-Modified)";

    public TimeSpan PollInterval => TimeSpan.FromMinutes(PollMinutes);

    public TimeSpan MaxBackoff => TimeSpan.FromMinutes(MaxBackoffMinutes);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public IEnumerable<string> Failures()
    {
        if (double.IsNaN(PollMinutes) || PollMinutes is < 1 or > 7 * 24 * 60)
        {
            yield return "Feeds:PollMinutes must be between 1 and 10080 (a week)";
        }

        if (double.IsNaN(MaxBackoffMinutes) || MaxBackoffMinutes < PollMinutes)
        {
            yield return "Feeds:MaxBackoffMinutes must be at least Feeds:PollMinutes";
        }

        if (MaxBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            yield return "Feeds:MaxBytes must be between 1024 and 1073741824";
        }

        if (double.IsNaN(TimeoutSeconds) || TimeoutSeconds is <= 0 or > 600)
        {
            yield return "Feeds:TimeoutSeconds must be above 0 and at most 600";
        }

        if (MaxRedirects is < 0 or > 20)
        {
            yield return "Feeds:MaxRedirects must be between 0 and 20";
        }

        if (MaxItemsPerPoll < 1)
        {
            yield return "Feeds:MaxItemsPerPoll must be at least 1";
        }

        if (MaxItemAttempts < 1)
        {
            yield return "Feeds:MaxItemAttempts must be at least 1";
        }

        if (SeenItemsKept < 100)
        {
            yield return "Feeds:SeenItemsKept must be at least 100";
        }
    }
}
