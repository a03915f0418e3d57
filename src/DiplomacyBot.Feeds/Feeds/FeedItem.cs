namespace DiplomacyBot.Feeds.Feeds;

/// <summary>One entry of a feed: its id (guid / atom:id, else its link), link, title, date and any inline content.</summary>
public sealed record FeedItem(string Id, Uri? Link, string? Title, DateTimeOffset? Published, string? Content);
