using System.Globalization;
using DiplomacyBot.Core.Feeds;

namespace DiplomacyBot.Feeds.Feeds;

/// <summary>One line on a feed's state, for <c>feeds list</c> in chat and on the command line.</summary>
public static class FeedStatus
{
    public static string Describe(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        string polled = feed.LastPolledAt is { } p ? $"last polled {Stamp(p)}" : "not polled yet";
        string errors = feed.ErrorCount > 0 ? $"; {feed.ErrorCount} errors in a row, last: {feed.LastError}" : string.Empty;
        return $"{feed.ItemsIngested} items ingested; {polled}; next poll {Stamp(feed.NextPollAt)}{errors}";
    }

    public static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
