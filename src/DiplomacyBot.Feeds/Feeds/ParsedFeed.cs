namespace DiplomacyBot.Feeds.Feeds;

/// <summary>A feed as read: its title and its items in the feed's order.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);
