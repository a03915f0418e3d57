using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Calendar dates down to the day: "Feb. 27", "Friday, Oct. 23, 1998", "27 Feb 2025", "the 5th of March",
/// "2025-02-27", "8/7/1998". A range "June 8-10" yields two dates ("June 8" and "10"), as TIMEX3 gives every
/// expression a single value.
/// </summary>
internal sealed partial class AbsoluteDateRule : ITimexRule
{
    private const string RangeJoin = @"\s*(?:-|–|—|through|to|and)\s*";

    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    public void Apply(TagContext context)
    {
        if (!(context.HasDigit()))
        {
            return;
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, MonthStarts, MonthDayRegex(), 40, 40))
        {
            AddDate(context, m, m.Groups["day"].Index + m.Groups["day"].Length);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, MonthStarts, DayMonthRegex, 40, 20))
        {
            AddDate(context, m, m.Index + m.Length);
        }

        foreach (Match m in IsoRegex().Matches(context.Text))
        {
            AddExplicit(context, m, Int(m, "year"), Int(m, "month"), Int(m, "day"));
        }

        foreach (Match m in SlashRegex().Matches(context.Text))
        {
            var year = Int(m, "year");
            year = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
            AddExplicit(context, m, year, Int(m, "month"), Int(m, "day"));
        }
    }

    private static void AddDate(TagContext context, Match m, int firstEnd)
    {
        var month = CalendarWords.Month(m.Groups["month"].Value);
        var day = CalendarWords.Ordinal(m.Groups["day"].Value);
        if (month == 0 || day is < 1 or > 31)
        {
            return;
        }

        var year = ResolveYear(context, m, month, day);
        if (year is { } y && day > DateTime.DaysInMonth(y, month))
        {
            return;
        }

        if (year is null && day > DateTime.DaysInMonth(2000, month))
        {
            return;
        }

        var secondDay = m.Groups["day2"];
        if (!secondDay.Success)
        {
            // "the week of March 6" names the week, not the day.
            var value = m.Groups["weekof"].Success && year is { } y2 ? TimexFormat.Week(new DateOnly(y2, month, day)) : Format(year, month, day);
            context.Add(m, TimexType.Date, value, priority: 2);
            return;
        }

        // Range: the first date keeps everything up to its day; the second day is its own expression.
        context.Add(m.Index, firstEnd, TimexType.Date, Format(year, month, day), priority: 2);
        var day2 = CalendarWords.Ordinal(secondDay.Value);
        if (day2 > day && day2 <= 31)
        {
            context.Add(secondDay.Index, secondDay.Index + secondDay.Length, TimexType.Date, Format(year, month, day2), priority: 2);
        }
    }

    private static int? ResolveYear(TagContext context, Match m, int month, int day)
    {
        if (m.Groups["year"].Success)
        {
            return Int(m, "year");
        }

        var relative = m.Groups["rel"];
        if (context.Reference is not { } reference)
        {
            return null;
        }

        if (relative.Success)
        {
            return reference.Year + RelativeYear(relative.Value);
        }

        // A weekday next to the date pins the year down better than tense does.
        if (m.Groups["wd"].Success)
        {
            var weekday = CalendarWords.Weekday(m.Groups["wd"].Value);
            for (var y = reference.Year; y >= reference.Year - 1; y--)
            {
                if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day).DayOfWeek == weekday)
                {
                    return y;
                }
            }
        }

        return ReferenceResolver.PickYear(reference, context.TenseAround(m.Index, m.Index + m.Length), month, day);
    }

    private static int RelativeYear(string word) => word.ToLowerInvariant() switch
    {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };

    private static string Format(int? year, int month, int day) =>
        year is { } y
            ? TimexFormat.Day(new DateOnly(y, month, day))
            : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}");

    private static void AddExplicit(TagContext context, Match m, int year, int month, int day)
    {
        if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            context.Add(m, TimexType.Date, TimexFormat.Day(new DateOnly(year, month, day)), priority: 2);
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?<wd>" + Weekday + @"),?\s+|(?<weekof>the\s+week\s+of\s+))?(?:" + Modifier + @")?(?:the\s+)?(?<month>" + Month + @")\s*(?<day>" + DayNumber + ")" +
        "(?:" + RangeJoin + "(?<day2>" + DayNumber + "))?" +
        @"(?:\s*,?\s*(?<year>" + Year + @")|\s+(?<rel>this|last|next)\s+year)?",
        TimexPatterns.Options)]
    private static partial Regex MonthDayRegex();

    private static readonly Regex DayMonthRegex = new(
        @"(?<![A-Za-z\d])(?:(?<wd>" + Weekday + @"),?\s+)?(?:the\s+)?(?<day>" + DayNumber + "|" + OrdinalWord + @")(?:\s+of)?\s+(?<month>" + Month + ")" +
        @"(?:\s*,?\s*(?<year>" + Year + @")|\s+(?<rel>this|last|next)\s+year)?", TimexPatterns.Options | RegexOptions.Compiled);


    [GeneratedRegex(@"(?<![\d-])(?<year>(?:1[6-9]|20)\d{2})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\d])", RegexOptions.ExplicitCapture)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"(?<![\d/.])(?<month>0?[1-9]|1[0-2])/(?<day>0?[1-9]|[12]\d|3[01])/(?<year>(?:19|20)\d{2}|\d{2})(?![\d/])", RegexOptions.ExplicitCapture)]
    private static partial Regex SlashRegex();
}
