using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Points reached by counting back or forward from the reference: "two days ago", "three weeks ago", "a year
/// earlier", "ten years from now". The value keeps the precision of the unit counted (days → a day, weeks → an
/// ISO week, years → a year). "A year ago" in an earnings story compares with the quarter under discussion.
/// </summary>
internal sealed partial class RelativeOffsetRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("ago", "earlier", "from now", "hence", "year-", "last year");

    private static readonly System.Buffers.SearchValues<string> Directions = RuleKeywords.Create("ago", "earlier", "from now", "hence");

    public void Apply(TagContext context)
    {
        foreach (var m in AnchoredMatcher.Matches(context.Text, Directions, OffsetRegex(), 90, 10))
        {
            if (!NumberWords.TryParse(m.Groups["num"].Value, out var amount, out _))
            {
                continue;
            }

            var unitGroup = m.Groups["unit"];
            var unit = unitGroup.Value.ToLowerInvariant().TrimEnd('s');
            var direction = m.Groups["dir"].Value.ToLowerInvariant() is "ago" or "earlier" or "before" ? -1 : 1;
            var (start, end) = (m.Index, m.Index + m.Length);
            if (amount is > 1 && IsSingular(unitGroup.Value) && context.Text[unitGroup.Index - 1] != '-')
            {
                // "292,000 week ago", "versus 316,000 a year ago" style: a plural count cannot count a singular unit,
                // so the number quantifies something else and the offset is the bare "week ago" (one week).
                (start, amount) = (unitGroup.Index, 1);
            }

            if (amount is not { } n)
            {
                // "several years ago", "months ago": somewhere in the past (or future), no more precise.
                context.Add(start, end, TimexType.Date, direction < 0 ? "PAST_REF" : "FUTURE_REF", priority: 3);
                continue;
            }

            var anchor = unit == "year" && n == 1 ? DiscourseAnchor.YearBeforeLastQuarter : DiscourseAnchor.None;
            var value = context.Reference is { } r ? Shift(r, unit, (long)n * direction) : Unresolved(unit);

            // Offsets that leave the calendar ("10,000 years ago") still point into the past or future.
            value ??= direction < 0 ? "PAST_REF" : "FUTURE_REF";
            context.Add(start, end, TimexType.Date, value, priority: 3, anchor: direction < 0 ? anchor : DiscourseAnchor.None);
        }

        foreach (Match m in YearAgoAdjectiveRegex.Matches(context.Text))
        {
            // "fell 50% below the year-earlier $4.5 million": the adjective only labels an amount being compared.
            if (AmountAfter().IsMatch(context.Text, m.Index + m.Length))
            {
                continue;
            }

            var value = context.Reference is not { } r ? "XXXX" : r.Year > 1 ? TimexFormat.Year(r.Year - 1) : "PAST_REF";
            context.Add(m, TimexType.Date, value, priority: 3, anchor: DiscourseAnchor.YearBeforeLastQuarter);
        }
    }

    private static bool IsSingular(string unit) => !unit.EndsWith('s') && !unit.EndsWith('S') && !unit.Equals("centuries", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reference moved by <paramref name="amount"/> units, or null when that leaves the calendar.</summary>
    private static string? Shift(DateOnly r, string unit, long amount)
    {
        switch (unit)
        {
            case "hour" or "minute":
                return TimexFormat.Day(r);
            case "day" or "week" or "fortnight":
                var days = unit switch { "day" => amount, "week" => 7 * amount, _ => 14 * amount };
                return !SafeCalendar.TryAddDays(r, days, out var d) ? null : unit == "day" ? TimexFormat.Day(d) : TimexFormat.Week(d);
            case "month" or "quarter":
                var months = unit == "month" ? amount : 3 * amount;
                return !SafeCalendar.TryAddMonths(r, months, out var m) ? null
                    : unit == "month" ? TimexFormat.Month(m.Year, m.Month) : TimexFormat.Quarter(m.Year, TimexFormat.QuarterOf(m.Month));
            case "year" or "decade" or "century" or "centurie":
                var years = unit switch { "year" => amount, "decade" => 10 * amount, _ => 100 * amount };
                return SafeCalendar.TryAddYears(r.Year, years, out var y) ? TimexFormat.Year(y) : null;
            default:
                return null;
        }
    }

    private static string Unresolved(string unit) => unit switch
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
        TimexPatterns.Options)]
    private static partial Regex OffsetRegex();


    [GeneratedRegex(@"\G\s+[$#\u00A3\u20AC]?\d")]
    private static partial Regex AmountAfter();

    private static readonly Regex YearAgoAdjectiveRegex = new(
        @"(?<![A-Za-z])(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?:ago|earlier)(?:\s+(?:(?:" + Text.Ordinals.WordsFrom(1, 4) + @")[\s-])?(?:quarter|period))?(?![A-Za-z-])" +
        @"|(?<![A-Za-z])the\s+(?:(?:same|comparable|corresponding)\s+)?(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)" +
        @"|(?<![A-Za-z])last\s+year's\s+(?:(?:same|comparable|corresponding)\s+)?(?:(?:" + Text.Ordinals.WordsFrom(1, 4) + @")[\s-])?(?:quarter|period)(?![A-Za-z-])", TimexPatterns.Options | RegexOptions.Compiled);
}
