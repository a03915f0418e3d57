namespace DiplomacyBot.Feeds.Web;

/// <summary>
/// A fetched page or feed: its bytes and declared charset, where it ended up after redirects, and the validators to
/// send next time. <see cref="NotModified"/> means the server answered 304 to a conditional request (no body).
/// </summary>
public sealed record FetchResult(Uri RequestedUrl, Uri FinalUrl, bool NotModified, byte[] Body, string? ContentType, string? Charset, string? ETag, string? LastModified);
