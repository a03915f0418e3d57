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
}
