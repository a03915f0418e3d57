namespace DiplomacyBot.Core.Articles;

/// <summary>The stable lower-case names used in JSON output and storage for the date enums.</summary>
public static class WireNames
{
    public static string ToWireName(this DateBasis basis) => basis switch
    {
        DateBasis.Metadata => "metadata",
        DateBasis.Header => "header",
        DateBasis.ArticleId => "article-id",
        DateBasis.Url => "url",
        DateBasis.Byline => "byline",
        DateBasis.Dateline => "dateline",
        _ => "unknown",
    };

    public static string ToWireName(this DateCueKind kind) => kind switch
    {
        DateCueKind.Metadata => "metadata",
        DateCueKind.Header => "header",
        DateCueKind.ArticleId => "article-id",
        DateCueKind.Url => "url",
        DateCueKind.Byline => "byline",
        DateCueKind.Dateline => "dateline",
        DateCueKind.PageClock => "page-clock",
        DateCueKind.Updated => "updated",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static DateBasis ToBasis(this DateCueKind kind) => kind switch
    {
        DateCueKind.Metadata => DateBasis.Metadata,
        DateCueKind.Header => DateBasis.Header,
        DateCueKind.ArticleId => DateBasis.ArticleId,
        DateCueKind.Url => DateBasis.Url,
        DateCueKind.Byline => DateBasis.Byline,
        DateCueKind.Dateline => DateBasis.Dateline,
        _ => DateBasis.Unknown,
    };
}
