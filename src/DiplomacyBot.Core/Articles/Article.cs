namespace DiplomacyBot.Core.Articles;

/// <summary>
/// A stored news article. Every offset (paragraphs, sentences, quotes) indexes <see cref="OriginalText"/>, so a quote
/// can always be checked against the text exactly as it was ingested.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    /// <summary>Where the article came from: a file path, a "file.jsonl#line" reference or a URL.</summary>
    public required string Source { get; init; }

    public string? Url { get; init; }

    public required string Title { get; init; }

    public string? Outlet { get; init; }

    public required PublicationDate Published { get; init; }

    public required string OriginalText { get; init; }

    /// <summary>The article body without navigation, captions and boilerplate: the kept paragraphs joined by blank lines.</summary>
    public string CleanText => string.Join("\n\n", Paragraphs.Select(p => p.Slice(OriginalText)));

    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }

    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>SHA-256 of the original text, hex: what makes two ingests "the same content".</summary>
    public required string ContentHash { get; init; }

    /// <summary>The events its sentences mention, found at ingest and recomputed by reindex.</summary>
    public IReadOnlyList<Events.EventMention> Events { get; init; } = [];

    public DateTimeOffset IngestedAt { get; init; }

    public int SizeBytes { get; init; }

    public string SentenceText(int index) => Sentences[index].TextOf(this);
}
