namespace DiplomacyBot.Core.Articles;

/// <summary>Where a candidate publication date was found.</summary>
public enum DateCueKind
{
    Metadata,
    Header,
    ArticleId,
    Url,
    Byline,
    Dateline,

    /// <summary>A site clock above the headline ("Tuesday, 02 January 2024 12:17 GMT"): when the page was served, not written.</summary>
    PageClock,

    /// <summary>
    /// When the page says it was last changed ("Updated June 28, 2026"): after its publication, so never taken for it,
    /// and never a conflict with it.
    /// </summary>
    Updated,
}
