namespace DiplomacyBot.Core.Feeds;

/// <summary>The subscribed feeds and their polling state (each store provider implements it).</summary>
public interface IFeedStore
{
    IReadOnlyList<FeedSubscription> Feeds();

    FeedSubscription? Feed(string url);

    /// <summary>Adds the feed; false when one with the same URL is already subscribed.</summary>
    bool AddFeed(FeedSubscription feed);

    /// <summary>Replaces a subscribed feed's state; does nothing when it has been removed meanwhile.</summary>
    void UpdateFeed(FeedSubscription feed);

    bool RemoveFeed(string url);
}
