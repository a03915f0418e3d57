using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Amounts of time: "five hours" (PT5H), "the past two years" (P2Y), "a decade" (P10Y), "90 days", "two-year",
/// "5 1/2 hours" (PT5H30M), "several weeks" (PXW), and bare plurals after "for"/"over" ("for years" → PXY).
/// </summary>
internal sealed partial class DurationRule : ITimexRule
{
    private static readonly System.Buffers.SearchValues<string> Units = RuleKeywords.Create("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur", "millenni");

    public System.Buffers.SearchValues<string> Keywords => Units;

    public void Apply(TagContext context)
    {
        var text = context.Text;
        foreach (var m in AnchoredMatcher.Matches(text, Units, DurationRegex(), 48, 25))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var numberText = m.Groups["num"].Value;
            if (!NumberWords.TryParse(numberText, out var number, out var half))
            {
                continue;
            }

            half |= m.Groups["half"].Success;
            var after = m.Index + m.Length;

            // "the 1988 quarter" names a year, not 1,988 quarters.
            if (number is >= 1900 and <= 2099 && !numberText.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            // "versus 292,000 week ago": a plural count before a singular unit that starts an offset counts
            // something else; the offset rule tags "week ago".
            if (number is > 1 && !unit.EndsWith('s') && unit != "century" && text[m.Groups["unit"].Index - 1] != '-' &&
                FollowedBy(text, after, "ago", "earlier", "from now", "hence"))
            {
                continue;
            }

            // "a 44-year-old protester", "52 years old": ages, which TimeBank does not annotate as durations.
            if (m.Value.EndsWith("-old", StringComparison.OrdinalIgnoreCase) || FollowedBy(text, after, "old"))
            {
                continue;
            }

            // "a quarter of the vote", "a second round": fractions and ordinals, not amounts of time.
            if (unit.StartsWith("quarter", StringComparison.Ordinal) && (FollowedBy(text, after, "-") || FractionOf().IsMatch(text, after)))
            {
                continue;
            }

            // "24 hours a day", "seven days a week": round the clock, not an amount of time.
            if (AroundTheClock().IsMatch(text, after) ||
                (numberText.ToLowerInvariant() is "a" or "an" && SetRule.AroundTheClockBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)))))
            {
                continue;
            }

            if (numberText.ToLowerInvariant() is "a" or "an" && SetRule.IsRate(text, m.Groups["unit"].Index, unit))
            {
                continue;
            }

            // "changed from a fiscal year to a calendar year": a kind of year, not an amount of time.
            if (numberText.ToLowerInvariant() is "a" or "an" && FiscalOrCalendar().IsMatch(m.Value))
            {
                continue;
            }

            if (unit.StartsWith("second", StringComparison.Ordinal) && number == 1 && !FollowedBy(text, after, ".", ",", ";", ")"))
            {
                continue;
            }

            context.Add(m, TimexType.Duration, Format(number, unit, half), priority: 6);
        }

        foreach (var m in AnchoredMatcher.Matches(text, Units, LongRegex(), 10, 10))
        {
            // "their third day-long meeting", "a week-long visit": one unit spelled as an adjective.
            context.Add(m, TimexType.Duration, Format(1, m.Groups["unit"].Value.ToLowerInvariant(), half: false), priority: 6);
        }

        foreach (var m in AnchoredMatcher.Matches(text, Units, HalfRegex(), 20, 5))
        {
            var value = m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "hour" => "PT30M",
                "minute" => "PT30S",
                "day" => "PT12H",
                "month" => "P15D",
                "year" => "P6M",
                _ => "P5Y",
            };
            context.Add(m, TimexType.Duration, value, priority: 6);
        }

        foreach (var m in AnchoredMatcher.Matches(text, Units, BarePluralRegex(), 30, 5))
        {
            // "in the weeks before the shooting": days or weeks pinned to an event the story tells of, which
            // TimeBank values as that event's date; as a vague duration the value would be wrong.
            if (m.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && m.Value.IndexOf(' ', 4) < 0 && EventRelative().IsMatch(text, m.Index + m.Length))
            {
                continue;
            }

            // "in the early hours of Thursday morning": a part of the named day, which the day's own expression
            // covers.
            if (m.Groups["unit"].Value.Equals("hours", StringComparison.OrdinalIgnoreCase) && OfADay().IsMatch(text, m.Index + m.Length))
            {
                continue;
            }

            context.Add(m, TimexType.Duration, Format(null, m.Groups["unit"].Value.ToLowerInvariant(), half: false), priority: 7);
        }
    }

    private static bool FollowedBy(string text, int index, params string[] words)
    {
        var i = index;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        foreach (var w in words)
        {
            if (string.CompareOrdinal(text, i, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes an ISO 8601 duration; a null amount writes "X" (e.g. PXY for "several years").</summary>
    public static string Format(int? amount, string unit, bool half)
    {
        var u = unit.TrimEnd('s');
        (string code, int factor, bool time) = u switch
        {
            "second" => ("S", 1, true),
            "minute" => ("M", 1, true),
            "hour" => ("H", 1, true),
            "day" or "night" => ("D", 1, false),
            "week" => ("W", 1, false),
            "fortnight" => ("W", 2, false),
            "month" => ("M", 1, false),
            "quarter" => ("Q", 1, false),
            "year" => ("Y", 1, false),
            "decade" => ("Y", 10, false),
            _ when u.StartsWith("centur", StringComparison.Ordinal) => ("Y", 100, false),
            _ => ("Y", 1000, false),
        };

        var prefix = time ? "PT" : "P";
        if (amount is not { } n)
        {
            return prefix + "X" + (factor == 10 ? "DE" : factor == 100 ? "CE" : code);
        }

        var sb = new StringBuilder(prefix).Append(((long)n * factor).ToString(CultureInfo.InvariantCulture)).Append(code);
        if (half)
        {
            sb.Append(HalfOf(code, time, factor));
        }

        return sb.ToString();
    }

    private static string HalfOf(string code, bool time, int factor) => (code, time) switch
    {
        ("H", true) => "30M",
        ("M", true) => "30S",
        ("D", false) => "T12H",
        ("M", false) => "15D",
        ("W", false) => "3D",
        ("Y", false) when factor == 1 => "6M",
        _ => "",
    };

    private const string Unit =
        "(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))";

    [GeneratedRegex(
        @"(?<![A-Za-z\d$.,])(?:(?:about|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|over|up\s+to|roughly|around|approximately|no\s+more\s+than|no\s+less\s+than|barely|well\s+over|under|within|just\s+over|just\s+under)\s+(?!(?<=(?:over|under|within|about|around)\s+)the\s))?" +
        @"(?:(?:the|another|each\s+of\s+the)\s+)?(?:(?:past|last|next|first|previous|coming|following|final|latest|remaining|additional|further|initial|entire|full|whole|same|ensuing|year-earlier|year-ago)\s+)?" +
        @"(?<num>" + NumberWords.Pattern + @")(?:\s+(?:to|or)\s+(?:" + NumberWords.Pattern + @"))?" +
        @"(?:[\s-]+(?:more|additional|full|long|straight|consecutive|successive|trading|business|calendar|working|school|fiscal|extra|odd))?[\s-]+" + Unit +
        @"(?![A-Za-z])(?<half>\s+and\s+a\s+half)?(?:-old|\s+or\s+so)?",
        TimexPatterns.Options)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"\G\s+(?:a|per)\s+(?:day|week|year)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex AroundTheClock();

    [GeneratedRegex(@"(?<![A-Za-z])(?:fiscal|calendar)[\s-]+(?:year|quarter)", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalOrCalendar();

    [GeneratedRegex(@"\G\s+of\s+(?:the|a|an|all|its|their|his|her|our|those|these|them|this|that|us|it|\d)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex FractionOf();


    [GeneratedRegex(@"(?<![A-Za-z\d-])(?<unit>day|week|month|year|decade|hour|minute)-long(?![A-Za-z-])", TimexPatterns.Options)]
    private static partial Regex LongRegex();

    [GeneratedRegex(@"\G\s+of\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|the\s+(?:morning|day|night))(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex OfADay();

    [GeneratedRegex(@"\G\s+(?:before|after|leading\s+up\s+to|preceding|following)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex EventRelative();

    [GeneratedRegex(@"(?<![A-Za-z])half\s+(?:an?\s+)?(?<unit>hour|minute|day|month|year|decade)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex HalfRegex();

    [GeneratedRegex(@"(?<=(?<![A-Za-z])(?:for|over|within|in|after|spanning)\s+)(?:the\s+)?(?:(?:past|last|next|coming|following|ensuing|early|intervening)\s+)?(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex BarePluralRegex();
}
