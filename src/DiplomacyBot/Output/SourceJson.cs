using System.Globalization;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Output;

/// <summary>The stable JSON contract of <c>sources --json</c>: one object per stored article.</summary>
public sealed record SourceJson(
    string Id,
    string Title,
    string? Outlet,
    string? Published,
    string DateBasis,
    IReadOnlyList<DateCueJson> ConflictingCues,
    int Size,
    int Sentences,
    string Source)
{
    /// <summary>For a syndicated copy, the id of the original it is linked to; otherwise null.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>For an original, the ids of its near-duplicate copies.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>When the page says it was last changed ("Updated June 28, 2026"), the latest such day; otherwise null.</summary>
    public string? Updated { get; init; }

    public static SourceJson From(Article a) => new(
        a.Id,
        a.Title,
        a.Outlet,
        a.Published.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.Published.Basis.ToWireName(),
        a.Published.Conflicts.Select(DateCueJson.From).ToList(),
        a.SizeBytes,
        a.Sentences.Count,
        a.Url ?? a.Source)
    {
        Updated = Updates(a).Select(c => c.Date).Max()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The article's cues that say when its page was last changed, with a day.</summary>
    public static IEnumerable<DateCue> Updates(Article a) => a.Published.Cues.Where(c => c.Kind == DateCueKind.Updated && c.Date is not null);
}

public sealed record DateCueJson(string Kind, string? Date, string Text)
{
    public static DateCueJson From(DateCue cue) =>
        new(cue.Kind.ToWireName(), cue.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cue.Text);
}
