namespace DiplomacyBot.Feeds.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPollResult(string Url, bool NotModified, int NewItems, int Ingested, int Failed, string? Error)
{
    public override string ToString() =>
        Error is not null ? Error
        : NotModified ? $"{Web.SafeUrl.Display(Url)}: not modified"
        : $"{Web.SafeUrl.Display(Url)}: {NewItems} new items, {Ingested} ingested, {Failed} failed";
}
