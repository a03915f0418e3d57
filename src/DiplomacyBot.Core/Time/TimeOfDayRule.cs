using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Clock times: "3 p.m.", "10:35 a.m. EDT", "12:17 GMT", "1430 GMT", "noon", "midnight Friday",
/// "10 p.m. Wednesday", "5 p.m. EST Nov. 9". The day comes from a weekday or date next to the time, else the
/// reference date; the value is YYYY-MM-DDTHH:MM.
/// </summary>
internal sealed partial class TimeOfDayRule : ITimexRule
{
    private static readonly System.Buffers.SearchValues<string> Named = RuleKeywords.Create("noon", "midday", "midnight");

    private static readonly System.Buffers.SearchValues<string> ClockAnchors = RuleKeywords.Create(
        "a.m", "p.m", "am", "pm", ":", "GMT", "UTC", "hours", "hrs", "in the", "noon", "midday", "midnight", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "CET", "MSK");

    public void Apply(TagContext context)
    {
        if (!(context.HasDigit() || context.Mentions(Named)))
        {
            return;
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, ClockAnchors, TimeRegex(), 30, 50, inWords: true))
        {
            if (!TryClock(m, out var clock))
            {
                continue;
            }

            var value = DayPart(context, m) + "T" + clock;
            if (m.Groups["wd"].Success || m.Groups["month"].Success || m.Groups["rel"].Success)
            {
                context.Add(m, TimexType.Time, value, priority: 2);
                continue;
            }

            // A bare "at 10 p.m." belongs to the day the story is talking about, which is the last date mentioned
            // when there is one; the reference date is the fallback.
            context.Add(new TimexCandidate(m.Index, m.Index + m.Length, TimexType.Time, value, 2, DiscourseAnchor.LastMentionedDate, AnchorUnit.Day));
        }
    }

    private static bool TryClock(Match m, out string clock)
    {
        clock = "";
        if (m.Groups["named"].Success)
        {
            clock = m.Groups["named"].Value.ToLowerInvariant() == "midnight" ? "24:00" : "12:00";
            return true;
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["ampm"].Value.ToLowerInvariant();
        var part = m.Groups["part"].Value.ToLowerInvariant();
        var pm = meridiem.StartsWith('p') || part is "afternoon" or "evening" or "night";
        var am = meridiem.StartsWith('a') || part is "morning";
        if (hour > 23 || minute > 59 || ((am || pm) && hour is 0 or > 12))
        {
            return false;
        }

        if (pm && hour < 12)
        {
            hour += 12;
        }
        else if (am && hour == 12)
        {
            hour = 0;
        }

        clock = string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}");
        return true;
    }

    private static string DayPart(TagContext context, Match m)
    {
        var reference = context.Reference;
        if (m.Groups["wd"].Success)
        {
            var day = CalendarWords.Weekday(m.Groups["wd"].Value);
            return reference is { } r
                ? TimexFormat.Day(ReferenceResolver.Weekday(r, day, context.TenseAround(m.Index, m.Index + m.Length)))
                : "XXXX-WXX-" + TimexFormat.Number(CalendarWords.IsoWeekday(day));
        }

        if (m.Groups["month"].Success)
        {
            var month = CalendarWords.Month(m.Groups["month"].Value);
            var dayOfMonth = CalendarWords.Ordinal(m.Groups["day"].Value);
            if (dayOfMonth > DateTime.DaysInMonth(2000, month))
            {
                return reference is { } x ? TimexFormat.Day(x) : "XXXX-XX-XX";
            }

            return reference is { } r
                ? TimexFormat.Day(new DateOnly(ReferenceResolver.PickYear(r, context.TenseAround(m.Index, m.Index + m.Length), month, dayOfMonth), month, Math.Min(dayOfMonth, DateTime.DaysInMonth(r.Year, month))))
                : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{dayOfMonth:D2}");
        }

        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return reference is { } d ? TimexFormat.Day(d.AddDays(offset)) : "XXXX-XX-XX";
    }

    // The closing bracket belongs to the zone only when the zone opened it: "10:35 a.m. (0735 GMT) Friday" must
    // not join "0735 GMT) Friday".
    private const string Zone = @"(?:\s*(?<open>\()?\s*(?-i:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|EET|EEST|MSK|IST|JST)(?(open)\)))";

    private const string DayAfter =
        @"(?:,?\s+(?:on\s+)?(?<wd>" + Weekday + @")|,?\s+(?<rel>today|yesterday|tomorrow|tonight)|,?\s+(?:on\s+)?(?<month>" + Month + @")\s*(?<day>" + DayNumber + "))?";

    [GeneratedRegex(
        @"(?<![\w:.])(?:(?:around|about|approximately|roughly|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:" +
        @"(?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?\s*(?<ampm>[ap]\.\s?m\.?|[ap]m(?![A-Za-z]))" + Zone + "?" +
        @"|(?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)(?:" + Zone + @"|\s*(?:hours|hrs)(?![A-Za-z]))" +
        @"|(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?:" + Zone + @"|\s*(?:hours|hrs)(?![A-Za-z]))" +
        @"|(?<h>[01]?\d)(?:\s+o'clock)?\s+in\s+the\s+(?<part>morning|afternoon|evening)" +
        @"|(?<!high\s)(?<named>noon|midday|midnight)(?![A-Za-z])" +
        ")" + DayAfter,
        TimexPatterns.Options)]
    private static partial Regex TimeRegex();
}
