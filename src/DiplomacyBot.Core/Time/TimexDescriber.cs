using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Turns TIMEX3 values into short human text at the value's own precision ("2025-04" → "Apr 2025", "199" →
/// "the 1990s") and gives DATE values an approximate day range for sorting and filtering timelines.
/// </summary>
public static partial class TimexDescriber
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] WeekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Describes a DATE, TIME or DURATION value; durations are recognised by their leading "P".</summary>
    public static string Describe(string value) =>
        Describe(value, value.StartsWith('P') && !value.StartsWith("PAST", StringComparison.Ordinal) && !value.StartsWith("PRESENT", StringComparison.Ordinal) ? TimexType.Duration : TimexType.Date);

    /// <summary>Describes a value of a known type; SET values read as "every ...".</summary>
    public static string Describe(string value, TimexType type)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case "PRESENT_REF":
                return "now";
            case "PAST_REF":
                return "the past";
            case "FUTURE_REF":
                return "the future";
        }

        if (type == TimexType.Set)
        {
            return value.StartsWith('P') ? "every " + DescribeDuration(value, forSet: true) : "every " + StripUnknown(DescribeCalendar(value));
        }

        return type == TimexType.Duration || value.StartsWith('P') ? DescribeDuration(value, forSet: false) : DescribeCalendar(value);
    }

    public static TimexPrecision PrecisionOf(string value) =>
        TimexValue.Parse(value)?.Precision ?? TimexPrecision.Unknown;

    /// <summary>The first and last day a DATE/TIME value can refer to; false for vague, relative-unknown or duration values.</summary>
    public static bool TryGetRange(string value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var v = value is null ? null : TimexValue.Parse(value);
        if (v?.Year is not { } year)
        {
            return false;
        }

        try
        {
            (first, last) = v.Precision switch
            {
                TimexPrecision.Century => (new DateOnly(year * 100, 1, 1), new DateOnly((year * 100) + 99, 12, 31)),
                TimexPrecision.Decade => (new DateOnly(year * 10, 1, 1), new DateOnly((year * 10) + 9, 12, 31)),
                TimexPrecision.Year => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
                TimexPrecision.Quarter => QuarterRange(year, v.Part!),
                TimexPrecision.Season => CalendarWords.SeasonRange(year, v.Part!),
                TimexPrecision.Month when v.Month is { } month => (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
                TimexPrecision.Week when v.Week is { } week => WeekRange(year, week, v.Weekend),
                TimexPrecision.Day or TimexPrecision.Time when v.Month is { } month && v.Day is { } day => (new DateOnly(year, month, day), new DateOnly(year, month, day)),
                TimexPrecision.Day or TimexPrecision.Time when v.Week is { } week && v.Weekday is { } weekday => WeekdayRange(year, week, weekday),
                _ => throw new FormatException(),
            };
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            // Well-formed but impossible values ("2025-02-30", "Q9") have no range.
            first = last = default;
            return false;
        }
    }

    private static (DateOnly, DateOnly) QuarterRange(int year, string part)
    {
        if (part[1] == 'X')
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var months = part[0] == 'H' ? 6 : 3;
        var start = new DateOnly(year, ((part[1] - '1') * months) + 1, 1);
        return (start, start.AddMonths(months).AddDays(-1));
    }

    private static (DateOnly, DateOnly) WeekRange(int year, int week, bool weekend)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return weekend ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
    }

    private static (DateOnly, DateOnly) WeekdayRange(int year, int week, int weekday)
    {
        var day = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)).AddDays(weekday - 1);
        return (day, day);
    }

    private static string DescribeCalendar(string value)
    {
        var v = TimexValue.Parse(value);
        if (v is null)
        {
            return value;
        }

        var year = v.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : null;
        var unknownYear = year is null ? " (year unknown)" : "";
        var text = v.Precision switch
        {
            TimexPrecision.Century => Ordinal(v.Year!.Value + 1) + " century",
            TimexPrecision.Decade => "the " + (v.Year!.Value * 10).ToString(CultureInfo.InvariantCulture) + "s",
            TimexPrecision.Year => year ?? "a year (unknown)",
            TimexPrecision.Quarter when v.Part![1] == 'X' => year is null ? "a quarter (date unknown)" : "a quarter of " + year,
            TimexPrecision.Quarter => v.Part + (year is null ? " (year unknown)" : " " + year),
            TimexPrecision.Season => SeasonName(v.Part!) + (year is null ? " (year unknown)" : " " + year),
            TimexPrecision.Month when v.Month is { } month => MonthNames[month - 1] + (year is null ? " (year unknown)" : " " + year),
            TimexPrecision.Month => year is null ? "a month (date unknown)" : "a month of " + year,
            TimexPrecision.Week when v.Week is { } week => (v.Weekend ? "the weekend of week " : "week ") + week.ToString(CultureInfo.InvariantCulture) + " of " + (year ?? "an unknown year"),
            TimexPrecision.Week => v.Weekend ? "a weekend (date unknown)" : "a week (date unknown)",
            _ => DescribeDay(v, year, unknownYear),
        };
        return text;
    }

    private static string DescribeDay(TimexValue v, string? year, string unknownYear)
    {
        string day;
        if (v.Month is { } month && v.Day is { } d)
        {
            day = d.ToString(CultureInfo.InvariantCulture) + " " + MonthNames[month - 1] + (year is null ? unknownYear : " " + year);
        }
        else if (v.Weekday is { } weekday)
        {
            day = "a " + WeekdayNames[weekday - 1] + (v.Week is null ? " (date unknown)" : " of week " + v.Week.Value.ToString(CultureInfo.InvariantCulture) + " of " + (year ?? "an unknown year"));
        }
        else
        {
            day = "a day (date unknown)";
        }

        if (v.Clock is { } clock)
        {
            return day + " " + (clock == "24:00" ? "midnight" : clock);
        }

        return v.DayPart is { } part ? day + " (" + DayPartName(part) + ")" : day;
    }

    private static string DescribeDuration(string value, bool forSet)
    {
        var m = DurationRegex().Match(value);
        if (!m.Success)
        {
            return value;
        }

        var parts = new List<string>();
        foreach (Capture c in m.Groups["item"].Captures)
        {
            var text = c.Value;
            var code = text[^1];
            var amount = text[..^1];
            var inTime = c.Index > value.IndexOf('T', StringComparison.Ordinal) && value.Contains('T', StringComparison.Ordinal);
            var unit = (code, inTime) switch
            {
                ('Y', _) => "year",
                ('M', false) => "month",
                ('W', _) => "week",
                ('D', _) => "day",
                ('H', _) => "hour",
                ('M', true) => "minute",
                ('S', _) => "second",
                ('Q', _) => "quarter",
                ('E', _) => "decade",
                _ => "century",
            };
            if (text.EndsWith("DE", StringComparison.Ordinal) || text.EndsWith("CE", StringComparison.Ordinal))
            {
                unit = text.EndsWith("DE", StringComparison.Ordinal) ? "decade" : "century";
                amount = text[..^2];
            }

            parts.Add(Quantity(amount, unit, forSet));
        }

        return parts.Count == 0 ? value : string.Join(" ", parts);
    }

    private static string Quantity(string amount, string unit, bool forSet)
    {
        var plural = unit == "century" ? "centuries" : unit + "s";
        if (amount == "X")
        {
            return forSet ? unit : "several " + plural;
        }

        if (amount == "1")
        {
            return forSet ? unit : "1 " + unit;
        }

        return amount + " " + plural;
    }

    private static string StripUnknown(string text) =>
        text.Replace(" (date unknown)", "", StringComparison.Ordinal).Replace(" (year unknown)", "", StringComparison.Ordinal)
            .Replace("a ", "", StringComparison.Ordinal);

    private static string SeasonName(string code) => code switch
    {
        "SP" => "spring",
        "SU" => "summer",
        "FA" => "autumn",
        _ => "winter",
    };

    private static string DayPartName(string code) => code switch
    {
        "MO" => "morning",
        "AF" => "afternoon",
        "EV" => "evening",
        "DT" => "daytime",
        _ => "night",
    };

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return "the " + n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    [GeneratedRegex(@"^PT?(?:(?<item>(?:\d+|X)(?:DE|CE|[YMWDQHSEC]))|T)+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DurationRegex();
}
