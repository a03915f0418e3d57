using System.Text.RegularExpressions;
using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// The general patterns that tell article text from page furniture: scraper headers, page clocks, bylines,
/// outlet identifiers, captions and credits, and the boilerplate that news and blog templates append.
/// </summary>
internal static partial class LinePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A scraper header: "date 2025-04-30 TÜRKİYE".</summary>
    [GeneratedRegex(@"^\s*date\s*[:=]?\s*(?<date>\d{4}-\d{2}-\d{2})(?:[T ]\S*)?(?:\s+(?<rest>.*))?$", Options)]
    public static partial Regex Header();

    /// <summary>An outlet's article identifier with an embedded DDMMYYYY or YYYYMMDD date: "MENAFN28092025000045017167ID1110120442".</summary>
    [GeneratedRegex(@"^\s*(?<outlet>[A-Z][A-Za-z]{1,15})(?<digits>\d{8})\d{4,}(?:ID\d+)?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex ArticleId();

    /// <summary>An outlet tag opening the first paragraph: "(MENAFN) Russia and ...".</summary>
    [GeneratedRegex(@"^\s*\((?<outlet>[A-Z][A-Za-z0-9&.' -]{1,30})\)\s*[-–—:]?\s+\S", RegexOptions.CultureInvariant)]
    public static partial Regex OutletTag();

    /// <summary>A wire dateline: "MOSCOW, Sept 28 (Reuters) -", "WASHINGTON, Sept. 28, 2025 (AP) —".</summary>
    [GeneratedRegex(
        @"^\s*(?<place>[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?),\s*(?<date>(?:" + MonthNames.Pattern +
        @")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)\s*(?:\((?<outlet>[A-Za-z][A-Za-z0-9&.' -]{1,30})\))?\s*[-–—:]+\s*",
        RegexOptions.CultureInvariant)]
    public static partial Regex Dateline();

    /// <summary>"SOURCE: TRT World", "Source - AFP".</summary>
    [GeneratedRegex(@"^\s*source\s*[:\-–—]\s*(?<outlet>\S.{0,60}?)\s*$", Options)]
    public static partial Regex SourceLine();

    /// <summary>A caption or credit: "Sergey Lavrov. / TRT World", "Images source: © East News | ...", "Photo: AFP".</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:images?|photos?|pictures?)\s*(?:source|credit|courtesy)?\s*[:©]|©|\(?(?:photo|image|file photo|credit)\s*:|[^/.!?]{1,100}\.?\s+/\s+[^/]{1,60}$)",
        Options)]
    public static partial Regex Caption();

    /// <summary>Lines after which nothing belongs to the article (comment forms, disclaimers, related links).</summary>
    [GeneratedRegex(
        @"^\s*(?:leave a (?:reply|comment)|legal disclaimer\b|disclaimer:|related (?:content|articles?|posts?|stories|news|coverage)\s*:?\s*$|read more\s*:|you may also like|more from\b|recommended for you|comments?\s*\(?\d*\)?\s*$|share this (?:article|story)?\s*:?\s*$|tags?\s*:)",
        Options)]
    public static partial Regex Trailer();

    /// <summary>Single furniture lines: navigation, widgets, form text.</summary>
    [GeneratedRegex(
        @"^\s*(?:back to top|search|menu|home|share|print|email|advertisement|subscribe.*|sign up.*|follow us.*|click here.*|all rights reserved.*|copyright\b.*|your email address will not be published.*|required fields are marked.*|this site uses akismet.*|loading\.*|skip to (?:main )?content|previous (?:article|post)|next (?:article|post))\s*$",
        Options)]
    public static partial Regex Furniture();

    /// <summary>Byline and timestamp prefixes allowed around a date line: "Published:", "Updated", "By Jane Doe |".</summary>
    [GeneratedRegex(@"\b(?:published|updated|posted|last updated|date|on|at|gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|am|pm|by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\b", Options)]
    public static partial Regex BylineWords();

    /// <summary>A date in a URL path: "/2025/09/28/".</summary>
    [GeneratedRegex(@"https?://\S*?/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|\b)", Options)]
    public static partial Regex UrlDate();

    /// <summary>A line that is nothing but a list number: "3.", "12)", "(4)".</summary>
    [GeneratedRegex(@"^\s*\(?\d{1,3}[.)]\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex ListNumber();

    public static bool EndsLikeSentence(string line)
    {
        string t = line.TrimEnd();
        return t.Length > 0 && (".!?…:;\"”’'".Contains(t[^1]));
    }
}
