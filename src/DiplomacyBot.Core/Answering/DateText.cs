using System.Globalization;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>How dates read in answers: "28 Sep 2025", or "undated".</summary>
public static class DateText
{
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Published(DateOnly? date) => date is { } d ? Day(d) : "undated";

    /// <summary>"28 Sep 2025, from the article id", "undated".</summary>
    public static string WithBasis(DateOnly? date, DateBasis basis) => date is { } d
        ? $"{Day(d)}, {BasisPhrase(basis)}"
        : "undated";

    public static string BasisPhrase(DateBasis basis) => basis switch
    {
        DateBasis.Metadata => "from the source's metadata",
        DateBasis.Header => "from the page header",
        DateBasis.ArticleId => "from the article id",
        DateBasis.Url => "from the URL",
        DateBasis.Byline => "from the byline",
        DateBasis.Dateline => "from the dateline",
        _ => "date unknown",
    };
}
