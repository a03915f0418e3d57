namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// An article as read from its source, before parsing: the decoded text plus whatever metadata the source carried
/// (JSON records carry title, date and outlet; plain text files carry none).
/// </summary>
public sealed record RawArticle
{
    public required string Source { get; init; }

    /// <summary>The article id when the source names one (a JSON record's "id", a file's name).</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public int SizeBytes { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public string? Dateline { get; init; }

    /// <summary>A publication date supplied as metadata; authoritative when present.</summary>
    public DateOnly? Published { get; init; }

    public string? PublishedText { get; init; }

    /// <summary>
    /// Further dates the source's metadata gives, less trusted than <see cref="Published"/> (an HTML page's other
    /// date tags): kept as metadata cues, so one that disagrees is shown as a conflict.
    /// </summary>
    public IReadOnlyList<Articles.DateCue> MetadataCues { get; init; } = [];
}
