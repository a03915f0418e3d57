using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Points reached by counting back or forward from the reference: "two days ago", "three weeks ago", "a year
/// earlier", "ten years from now". The value keeps the precision of the unit counted (days → a day, weeks → an
/// ISO week, years → a year). "A year ago" in an earnings story compares with the quarter under discussion.
/// </summary>
internal sealed partial class RelativeOffsetRule : ITimexRule
{
    private static readonly System.Buffers.SearchValues<string> Keywords = RuleKeywords.Create("ago", "earlier", "from now", "hence", "year-");

    private static readonly System.Buffers.SearchValues<string> Directions = RuleKeywords.Create("ago", "earlier", "from now", "hence");

    public void Apply(TagContext context)
    {
        if (!(context.Mentions(Keywords)))
        {
            return;
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, Directions, OffsetRegex(), 90, 10))
        {
            if (!NumberWords.TryParse(m.Groups["num"].Value, out var amount, out _))
            {
                continue;
            }

            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            var direction = m.Groups["dir"].Value.ToLowerInvariant() is "ago" or "earlier" or "before" ? -1 : 1;
            if (amount is not { } n)
            {
                // "several years ago", "months ago": somewhere in the past (or future), no more precise.
                context.Add(m, TimexType.Date, direction < 0 ? "PAST_REF" : "FUTURE_REF", priority: 3);
                continue;
            }

            var anchor = unit == "year" && n == 1 ? DiscourseAnchor.YearBeforeLastQuarter : DiscourseAnchor.None;
            var value = context.Reference is { } r ? Shift(r, unit, n * direction) : Unresolved(unit);
            if (value is not null)
            {
                context.Add(m, TimexType.Date, value, priority: 3, anchor: direction < 0 ? anchor : DiscourseAnchor.None);
            }
        }

        foreach (Match m in YearAgoAdjectiveRegex().Matches(context.Text))
        {
            var value = context.Reference is { } r ? TimexFormat.Year(r.Year - 1) : "XXXX";
            context.Add(m, TimexType.Date, value, priority: 3, anchor: DiscourseAnchor.YearBeforeLastQuarter);
        }
    }

    private static string? Shift(DateOnly r, string unit, int amount) => unit switch
    {
        "hour" or "minute" or "day" => TimexFormat.Day(r.AddDays(unit == "day" ? amount : 0)),
        "week" => TimexFormat.Week(r.AddDays(7 * amount)),
        "fortnight" => TimexFormat.Week(r.AddDays(14 * amount)),
        "month" => TimexFormat.Month(r.AddMonths(amount).Year, r.AddMonths(amount).Month),
        "quarter" => TimexFormat.Quarter(r.AddMonths(3 * amount).Year, TimexFormat.QuarterOf(r.AddMonths(3 * amount).Month)),
        "year" => TimexFormat.Year(r.Year + amount),
        "decade" => TimexFormat.Year(r.Year + (10 * amount)),
        "century" or "centurie" => TimexFormat.Year(r.Year + (100 * amount)),
        _ => null,
    };

    private static string? Unresolved(string unit) => unit switch
    {
        "hour" or "minute" or "day" => "XXXX-XX-XX",
        "week" or "fortnight" => "XXXX-WXX",
        "month" => "XXXX-XX",
        "quarter" => "XXXX-QX",
        _ => "XXXX",
    };

    [GeneratedRegex(
        @"(?<![A-Za-z\d])(?:(?:about|nearly|almost|some|more\s+than|less\s+than|just|only|roughly|around|barely|at\s+least|exactly|fully|precisely)\s+)?" +
        @"(?<num>" + NumberWords.Pattern + @")(?:\s+(?:to|or)\s+(?:" + NumberWords.Pattern + @"))?[\s-]+" +
        @"(?<unit>minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?:\s+or\s+so)?\s+" +
        @"(?<dir>ago|earlier|from\s+now|hence)(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OffsetRegex();


    [GeneratedRegex(
        @"(?<![A-Za-z])(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?:ago|earlier)(?:\s+(?:(?:first|second|third|fourth)[\s-])?(?:quarter|period))?(?![A-Za-z-])" +
        @"|(?<![A-Za-z])the\s+(?:(?:same|comparable|corresponding)\s+)?(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearAgoAdjectiveRegex();
}
