namespace DiplomacyBot.Core.Feeds;

/// <summary>
/// A subscribed RSS or Atom feed and its polling state: the validators for conditional GET, the ids of the items
/// already handled (so none is ingested twice), when it is next due, and its run of errors with the last one.
/// </summary>
public sealed record FeedSubscription
{
    public required string Url { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset NextPollAt { get; init; }

    /// <summary>Consecutive failed polls; reset by a successful one. Sets the back-off.</summary>
    public int ErrorCount { get; init; }

    public string? LastError { get; init; }

    /// <summary>Ids of the items already ingested or given up on, most recent last.</summary>
    public IReadOnlyList<string> SeenItemIds { get; init; } = [];

    /// <summary>Items whose page could not be ingested yet, with how many polls have failed on them.</summary>
    public IReadOnlyDictionary<string, int> ItemFailures { get; init; } = new Dictionary<string, int>();

    public int ItemsIngested { get; init; }
}
