using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Weeks, months, years and larger units named relative to the reference: "last week" (ISO week), "this month",
/// "earlier this year", "next year", "the weekend", "this century". "The past week" and "the next year" are spans of
/// time, so they become durations (P1W, P1Y) as in TimeBank.
/// </summary>
internal sealed partial class RelativePeriodRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("week", "month", "year", "quarter", "decade", "century");

    public void Apply(TagContext context)
    {
        foreach (Match m in PeriodRegex().Matches(context.Text))
        {
            var relation = Relation(m.Groups["rel"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit.StartsWith("fiscal", StringComparison.Ordinal))
            {
                unit = unit[6..].Trim();
            }

            if (relation is "the past" or "the last" or "the next" && unit == "year" && context.Reference is { } yr && yr.Year > 1)
            {
                // "over the past year", "closed over the next year or so": TimeBank writes the calendar year before
                // (or after) the reference rather than a twelve-month span.
                context.Add(m, TimexType.Date, TimexFormat.Year(yr.Year + (relation == "the next" ? 1 : -1)), priority: 5);
                continue;
            }

            if (relation is "the past" or "the last" or "the next")
            {
                // "over the past week": a stretch of time ending (or starting) now.
                context.Add(m, TimexType.Duration, DurationRule.Format(1, unit, half: false), priority: 5);
                continue;
            }

            if (relation == "this" && unit == "century")
            {
                // "the disasters of this century": TimeBank takes the hundred years leading up to now as a span.
                context.Add(m, TimexType.Duration, "P100Y", priority: 5);
                continue;
            }

            var offset = relation switch
            {
                "last" or "the previous" or "the prior" or "this past" => -1,
                "next" or "the following" or "the coming" or "this coming" => 1,
                _ => 0,
            };
            var value = context.Reference is { } r ? Resolve(r, unit, offset, relation) : Unresolved(unit);
            if (value is not null)
            {
                context.Add(m, TimexType.Date, value, priority: 4, anchor: unit == "quarter" && relation is "the latest" ? DiscourseAnchor.LatestQuarter : DiscourseAnchor.None);
            }
        }

        foreach (Match m in CurrentPeriodRegex().Matches(context.Text))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (m.Groups["ended"].Success)
            {
                // "the year ended Sept. 30": a twelve-month span named by its end, not the calendar year.
                context.Add(m.Index, m.Groups["ended"].Index, TimexType.Duration, "P1Y", priority: 5);
                continue;
            }

            if (m.Value.Equals("year-end", StringComparison.OrdinalIgnoreCase))
            {
                var after = m.Index + m.Length;
                if (after + 1 < context.Text.Length && context.Text[after] == ' ' && char.IsLower(context.Text[after + 1]))
                {
                    // "when year-end net was below": an adjective on an amount, not a time of its own.
                    continue;
                }

                if (context.Reference is { } yr && yr.Year > 1)
                {
                    // "by year-end", "the change since year-end": the closing day of the current year, or of the
                    // last one when counted from.
                    var since = m.Index >= 6 && context.Text.AsSpan(m.Index - 6, 6).Equals("since ", StringComparison.OrdinalIgnoreCase);
                    context.Add(m, TimexType.Date, TimexFormat.Year(yr.Year - (since ? 1 : 0)) + "-12-31", priority: 6);
                    continue;
                }
            }

            var value = context.Reference is { } r ? Resolve(r, unit, 0, "this") : Unresolved(unit);
            if (value is not null)
            {
                context.Add(m, TimexType.Date, value, priority: 6);
            }
        }

        foreach (Match m in TheWeekRegex().Matches(context.Text))
        {
            // "For the week, the index dropped 3.8%": a week the story has in view but never names. TimeBank
            // writes such weeks with the year known and the week not ("1989-WXX").
            var value = context.Reference is { } r ? TimexFormat.Year(r.Year) + "-WXX" : "XXXX-WXX";
            context.Add(m, TimexType.Date, value, priority: 6);
        }

        foreach (Match m in WeekendRegex().Matches(context.Text))
        {
            var value = context.Reference is { } r ? Weekend(r, m.Groups["rel"].Value.ToLowerInvariant(), context.TenseAround(m.Index, m.Index + m.Length)) : "XXXX-WXX-WE";
            context.Add(m, TimexType.Date, value, priority: 4);
        }
    }

    private static string? Resolve(DateOnly r, string unit, int offset, string relation) => unit switch
    {
        "week" => TimexFormat.Week(r.AddDays(7 * offset)),
        "month" => Month(r.AddMonths(offset)),
        "year" => TimexFormat.Year(r.Year + offset),
        "quarter" when relation is "the latest" => PreviousQuarter(r),
        "quarter" => Quarter(r.AddMonths(3 * offset)),
        "decade" => ((r.Year / 10) + offset).ToString("D3", CultureInfo.InvariantCulture),
        "century" => ((r.Year / 100) + offset).ToString("D2", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? Unresolved(string unit) => unit switch
    {
        "week" => "XXXX-WXX",
        "month" => "XXXX-XX",
        "year" => "XXXX",
        "quarter" => "XXXX-QX",
        _ => null,
    };

    private static string Month(DateOnly d) => TimexFormat.Month(d.Year, d.Month);

    private static string Quarter(DateOnly d) => TimexFormat.Quarter(d.Year, TimexFormat.QuarterOf(d.Month));

    internal static string PreviousQuarter(DateOnly d) => Quarter(d.AddMonths(-3));

    /// <summary>"last weekend" is the most recent completed one; "the weekend" follows the tense.</summary>
    private static string Weekend(DateOnly r, string relation, TenseDirection tense)
    {
        var inWeekend = r.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var previousSaturday = WeekdayRule.StrictlyBefore(r, DayOfWeek.Saturday);
        var past = inWeekend ? previousSaturday.AddDays(-7) : previousSaturday;
        return Relation(relation) switch
        {
            "last" or "this past" => TimexFormat.Weekend(past),
            "next" => TimexFormat.Weekend(r.AddDays(7)),
            "this" or "this coming" => TimexFormat.Weekend(r),
            _ when inWeekend => TimexFormat.Weekend(r),
            _ when tense == TenseDirection.Future || (tense == TenseDirection.None && r.DayOfWeek >= DayOfWeek.Thursday) => TimexFormat.Weekend(r),
            _ => TimexFormat.Weekend(previousSaturday),
        };
    }

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:" + Modifier + @")?(?<rel>last|this\s+past|this\s+coming|this|next|the\s+previous|the\s+prior|the\s+following|the\s+coming|the\s+current|the\s+latest|the\s+past|the\s+last|the\s+next)\s+" +
        @"(?<unit>week|month|year|fiscal\s+year|quarter|fiscal\s+quarter|decade|century)(?![A-Za-z-])",
        TimexPatterns.Options)]
    private static partial Regex PeriodRegex();

    /// <summary>
    /// "the year" and "year-end" in business news mean the current (fiscal) year; "the end of the month" the current
    /// month.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:the\s+(?:end|beginning|start|middle|rest|balance)\s+of\s+the\s+(?<unit>year|month|quarter|week)|the\s+(?:full\s+|fiscal\s+|whole\s+|entire\s+)?(?<unit>year)(?<ended>\s+(?:ended|ending|that\s+ended|which\s+ended))?|(?<unit>year)(?:-end|\s+end|'s\s+end))(?![A-Za-z-])(?!\s+(?:before|after|earlier|later|ago)\b)", TimexPatterns.Options)]
    private static partial Regex CurrentPeriodRegex();

    [GeneratedRegex(@"(?<![A-Za-z])the\s+week(?![A-Za-z-])(?!\s+(?:of|ended|ending|to|before|after|earlier|later|ago|or|and)\b|\s+\d)", TimexPatterns.Options)]
    private static partial Regex TheWeekRegex();

    [GeneratedRegex(@"(?<![A-Za-z])(?<rel>the|this|last|next|this\s+past|this\s+coming)\s+weekend(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex WeekendRegex();
}
