using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Chooses an article's publication date from its cues by a fixed order of trust: metadata, the scraper header,
/// the outlet's article id, the URL, the byline, then a dateline with a year. A page clock is never used: it tells
/// when the page was served. Cues dated after today are implausible and never chosen. Every cue that disagrees with
/// the choice is kept as a conflict.
/// </summary>
public static class PublicationDateResolver
{
    private static readonly DateCueKind[] TrustOrder =
    [
        DateCueKind.Metadata, DateCueKind.Header, DateCueKind.ArticleId, DateCueKind.Url, DateCueKind.Byline, DateCueKind.Dateline,
    ];

    public static PublicationDate Resolve(IReadOnlyList<DateCue> cues, DateOnly today)
    {
        foreach (DateCueKind kind in TrustOrder)
        {
            DateCue? chosen = cues.FirstOrDefault(c => c.Kind == kind && c.Date is { } d && d <= today.AddDays(1));
            if (chosen?.Date is { } date)
            {
                // An update on or after the publication is what updates are; one before it does conflict.
                var conflicts = cues.Where(c => !ReferenceEquals(c, chosen) && !c.Agrees(date) && !(c.Kind == DateCueKind.Updated && c.Date >= date)).ToList();
                return new PublicationDate(date, kind.ToBasis(), cues, conflicts);
            }
        }

        return PublicationDate.Unknown(cues);
    }
}
