namespace DiplomacyBot.Feeds.Digest;

/// <summary>Where a digest is posted: a chat platform ("slack") and a channel id on it.</summary>
public sealed class DigestChannel
{
    public string Platform { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string Key => $"{Platform.ToLowerInvariant()}:{Channel}";
}
