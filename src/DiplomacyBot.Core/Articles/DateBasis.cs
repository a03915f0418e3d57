namespace DiplomacyBot.Core.Articles;

/// <summary>How an article's publication date was established, strongest first.</summary>
public enum DateBasis
{
    /// <summary>A publication date supplied with the record (e.g. a JSON field), taken as authoritative.</summary>
    Metadata,

    /// <summary>The scraper's header line at the top of a text file ("date 2025-04-30 ...").</summary>
    Header,

    /// <summary>A date embedded in the outlet's article identifier ("MENAFN28092025...").</summary>
    ArticleId,

    /// <summary>A date in the article's URL path ("/2025/09/28/").</summary>
    Url,

    /// <summary>A date line below the headline ("April 1, 2025", "Published: ...").</summary>
    Byline,

    /// <summary>A wire-style dateline ("MOSCOW, Sept 28, 2025 (Reuters) -").</summary>
    Dateline,

    /// <summary>No trustworthy cue was found.</summary>
    Unknown,
}
