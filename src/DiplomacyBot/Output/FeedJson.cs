using System.Globalization;
using DiplomacyBot.Core.Feeds;

namespace DiplomacyBot.Output;

/// <summary>The JSON contract of <c>feeds list --json</c>: one object per subscribed feed.</summary>
public sealed record FeedJson(
    string Url,
    string? Title,
    string AddedAt,
    string? LastPolledAt,
    string NextPollAt,
    int ErrorCount,
    string? LastError,
    int ItemsSeen,
    int ItemsIngested,
    bool HasEtag,
    bool HasLastModified)
{
    public static FeedJson From(FeedSubscription f) => new(
        Feeds.Web.SafeUrl.Display(f.Url),
        f.Title,
        Stamp(f.AddedAt),
        f.LastPolledAt is { } p ? Stamp(p) : null,
        Stamp(f.NextPollAt),
        f.ErrorCount,
        f.LastError,
        f.SeenItemIds.Count,
        f.ItemsIngested,
        f.ETag is not null,
        f.LastModified is not null);

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
