using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Finds calendar dates written in the formats news sites use: "April 1, 2025", "02 January 2024", "Sept. 28, 2025",
/// "2025-09-28", "2025/09/28", "28.09.2025", ISO timestamps, and year-less "Sept 28" for datelines.
/// </summary>
public static partial class DateMentionFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"\b(?:(?<mon>" + MonthNames.Pattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?<year>\d{4})" +
        @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames.Pattern + @")\.?,?\s+(?<year>\d{4})" +
        @"|(?<year>\d{4})-(?<monn>\d{1,2})-(?<day>\d{1,2})" +
        @"|(?<year>\d{4})/(?<monn>\d{1,2})/(?<day>\d{1,2})" +
        @"|(?<day>\d{1,2})\.(?<monn>\d{1,2})\.(?<year>\d{4}))(?:\b|(?=T\d))",
        Options)]
    private static partial Regex FullDate();

    [GeneratedRegex(
        @"\b(?:(?<mon>" + MonthNames.Pattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>" + MonthNames.Pattern + @")\.?)\b",
        Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.|T\d{2}:\d{2}", Options)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?", Options)]
    private static partial Regex Weekday();

    /// <summary>All dates with a year in <paramref name="text"/>, left to right.</summary>
    public static IEnumerable<DateMention> FindFull(string text)
    {
        bool hasTime = TimeOfDay().IsMatch(text);
        bool hasWeekday = Weekday().IsMatch(text);
        foreach (Match m in FullDate().Matches(text))
        {
            if (ToMention(m, hasTime, hasWeekday) is { } mention)
            {
                yield return mention;
            }
        }
    }

    /// <summary>The first date with or without a year ("Sept 28"), for datelines.</summary>
    public static DateMention? FindFirstWithOrWithoutYear(string text)
    {
        if (FindFull(text).FirstOrDefault() is { } full)
        {
            return full;
        }

        Match m = MonthDay().Match(text);
        if (!m.Success || MonthNames.Parse(m.Groups["mon"].Value) is not { } month
            || !int.TryParse(m.Groups["day"].ValueSpan, out int day) || !DateMention.IsValid(2000, month, day))
        {
            return null;
        }

        return new DateMention(m.Index, m.Index + m.Length, null, month, day, false, false);
    }

    /// <summary>Removes dates, times and weekdays from a line, to see what else it says.</summary>
    public static string StripDateParts(string text) =>
        Weekday().Replace(TimeOfDay().Replace(FullDate().Replace(text, " "), " "), " ");

    private static DateMention? ToMention(Match m, bool hasTime, bool hasWeekday)
    {
        int? month = m.Groups["mon"].Success ? MonthNames.Parse(m.Groups["mon"].Value)
            : int.TryParse(m.Groups["monn"].ValueSpan, out int mm) ? mm : null;
        if (month is null || !int.TryParse(m.Groups["day"].ValueSpan, out int day)
            || !int.TryParse(m.Groups["year"].ValueSpan, out int year) || !DateMention.IsValid(year, month.Value, day))
        {
            return null;
        }

        return new DateMention(m.Index, m.Index + m.Length, year, month.Value, day, hasTime, hasWeekday);
    }
}
