using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Recurring times (TIMEX3 SET): "daily" (P1D), "weekly", "annually", "every 15 months" (P15M), "each year",
/// "every Monday" (XXXX-WXX-1), "Tuesday nights", "each July" (XXXX-07), "$5 million a year" (P1Y).
/// </summary>
internal sealed partial class SetRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("ly", "every", "each", "per ", "days", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur", "millenni");

    private static readonly System.Buffers.SearchValues<string> UnitWords = RuleKeywords.Create(
        "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade");

    private static readonly System.Buffers.SearchValues<string> Adverbs = RuleKeywords.Create(
        "hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "annual", "yearly");

    private static readonly System.Buffers.SearchValues<string> NamedAnchors = RuleKeywords.Create(
        "every", "each", "days", "nights", "mornings", "afternoons", "evenings");

    public void Apply(TagContext context)
    {
        foreach (var m in AnchoredMatcher.Matches(context.Text, Adverbs, AdverbRegex(), 6, 14, inWords: true))
        {
            // "revenue to increase by 20% annually", "about 10,000 units annually": the adverb turns a quantity into
            // a rate and TimeBank leaves it unannotated, unlike "rallies held here annually".
            if (QuantityBefore().IsMatch(context.Text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index))))
            {
                continue;
            }

            // "the average daily volume": a statistic per day, not a recurrence.
            if (m.Value.Equals("daily", StringComparison.OrdinalIgnoreCase) && m.Index >= 8 && context.Text.AsSpan(m.Index - 8, 8).Equals("average ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = m.Groups["word"].Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) switch
            {
                "hourly" => "PT1H",
                "daily" or "nightly" => "P1D",
                "weekly" => "P1W",
                "biweekly" or "fortnightly" => "P2W",
                "monthly" => "P1M",
                "bimonthly" => "P2M",
                "quarterly" => "P3M",
                "semiannually" or "semiannual" or "biannually" => "P6M",
                _ => "P1Y",
            };
            context.Add(m, TimexType.Set, value, priority: 3);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, UnitWords, EveryUnitRegex(), 50, 5))
        {
            int? amount = 1;
            if (m.Groups["num"].Success && NumberWords.TryParse(m.Groups["num"].Value, out var parsed, out _))
            {
                amount = parsed;
            }

            if (m.Groups["other"].Success)
            {
                amount *= 2;
            }

            if (!m.Groups["num"].Success && IsRate(context.Text, m.Groups["unit"].Index, m.Groups["unit"].Value))
            {
                continue;
            }

            context.Add(m, TimexType.Set, DurationRule.Format(amount, m.Groups["unit"].Value.ToLowerInvariant(), half: false), priority: 3);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, NamedAnchors, EveryNamedRegex(), 12, 40, inWords: true))
        {
            context.Add(m, TimexType.Set, NamedValue(m), priority: 3);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, UnitWords, PerUnitRegex(), 10, 5))
        {
            // "24 hours a day", "seven days a week": round the clock rather than a recurrence.
            if (AroundTheClockBefore().IsMatch(context.Text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index))))
            {
                continue;
            }

            if (IsRate(context.Text, m.Groups["unit"].Index, m.Groups["unit"].Value))
            {
                continue;
            }

            context.Add(m, TimexType.Set, DurationRule.Format(1, m.Groups["unit"].Value.ToLowerInvariant(), half: false), priority: 3);
        }
    }

    /// <summary>
    /// "four flights a week", "$35 a night", "15 million instructions per second": a quantity divided by a short
    /// unit is a rate, which TimeBank leaves unannotated. Yearly and daily rates ("$1 billion a year", "dozens of
    /// interviews a day") it marks about as often as not, so those stay.
    /// </summary>
    internal static bool IsRate(string text, int index, string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u is "year" or "day" or "years" or "days")
        {
            return false;
        }

        return RateBefore().IsMatch(text.AsSpan(Math.Max(0, index - 40), Math.Min(40, index)));
    }

    [GeneratedRegex(@"(?:\d%?|percent|million|billion|thousand|hundred|dozen|(?<![A-Za-z])(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty))(?:\s+[A-Za-z]+)?\s+(?:a|an|per)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateBefore();

    private static string NamedValue(Match m)
    {
        if (m.Groups["wd"].Success)
        {
            var day = TimexFormat.Number(CalendarWords.IsoWeekday(CalendarWords.Weekday(m.Groups["wd"].Value)));
            var part = m.Groups["part"].Success ? "T" + RelativeDayRule.PartOfDay(m.Groups["part"].Value) : "";
            return "XXXX-WXX-" + day + part;
        }

        if (m.Groups["month"].Success)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{CalendarWords.Month(m.Groups["month"].Value):D2}");
        }

        return "XXXX-" + CalendarWords.Season(m.Groups["season"].Value);
    }

    [GeneratedRegex(@"(?:(?<![\d,])24\s+hours|(?<![A-Za-z])seven\s+days|(?<![\d,])7\s+days|(?<![A-Za-z])(?:365|52)\s+(?:days|weeks))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AroundTheClockBefore();

    [GeneratedRegex(@"(?:\d%?|percent|million|billion)(?:\s+[A-Za-z]+)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityBefore();

    [GeneratedRegex(@"(?<![A-Za-z-])(?<word>hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|semi-?annually|semi-?annual|biannually|annually|yearly)(?![A-Za-z-])", TimexPatterns.Options)]
    private static partial Regex AdverbRegex();

    [GeneratedRegex(@"(?<![A-Za-z])(?:every|each|per)\s+(?:(?<other>other)\s+|(?<num>" + NumberWords.Pattern + @")\s+)?(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex EveryUnitRegex();

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?:every|each)\s+(?:(?<wd>" + Weekday + @")(?:\s+(?<part>morning|afternoon|evening|night))?|(?<month>" + MonthName + @")|(?<season>spring|summer|autumn|fall|winter))" +
        @"|(?<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:s|\s+(?<part>mornings|afternoons|evenings|nights)))(?![A-Za-z])",
        TimexPatterns.Options)]
    private static partial Regex EveryNamedRegex();


    [GeneratedRegex(@"(?<=(?:\d|%|percent|times|once|twice|thrice|million|billion|thousand|hundred|dollars?|cents?|euros?|pounds?)\s+)(?:a|an|per)\s+(?<unit>year|month|week|day|hour|minute|quarter)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex PerUnitRegex();
}
