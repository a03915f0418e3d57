using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// A few holidays that news dates events by: Christmas (Eve), New Year's Day/Eve, Independence Day, Halloween,
/// Thanksgiving (US, fourth Thursday of November) and Easter (Western computus). Cheap to compute, easy to verify.
/// </summary>
internal sealed partial class HolidayRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("Christmas", "New Year", "Independence", "Fourth of July", "Halloween", "Thanksgiving", "Easter", "Election");

    public void Apply(TagContext context)
    {
        foreach (Match m in HolidayRegex().Matches(context.Text))
        {
            var name = m.Groups["name"].Value.ToLowerInvariant();
            Func<int, DateOnly> dateIn = name switch
            {
                _ when name.StartsWith("christmas eve", StringComparison.Ordinal) => y => new DateOnly(y, 12, 24),
                _ when name.StartsWith("christmas", StringComparison.Ordinal) => y => new DateOnly(y, 12, 25),
                _ when name.EndsWith("eve", StringComparison.Ordinal) => y => new DateOnly(y, 12, 31),
                _ when name.StartsWith("new", StringComparison.Ordinal) => y => new DateOnly(y, 1, 1),
                _ when name.StartsWith("independence", StringComparison.Ordinal) || name.Contains("july", StringComparison.Ordinal) => y => new DateOnly(y, 7, 4),
                _ when name.StartsWith("halloween", StringComparison.Ordinal) => y => new DateOnly(y, 10, 31),
                _ when name.StartsWith("thanksgiving", StringComparison.Ordinal) => Thanksgiving,
                _ when name.StartsWith("election", StringComparison.Ordinal) => ElectionDay,
                _ => Easter,
            };

            string value;
            if (m.Groups["week"].Success)
            {
                // "as Easter week began": the week that ends on Easter Sunday, close enough to the story to be the
                // one it lives in whatever the tense says.
                value = context.Reference is { } wr
                    ? TimexFormat.Week(Easter(m.Groups["year"].Success
                        ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
                        : ReferenceResolver.PickYear(wr, context.TenseAround(m.Index, m.Index + m.Length), y => (Easter(y).AddDays(-6), Easter(y)), slackDays: 30)))
                    : "XXXX-WXX";
                context.Add(m, TimexType.Date, value, priority: 3);
                continue;
            }

            if (m.Groups["year"].Success)
            {
                value = TimexFormat.Day(dateIn(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
            }
            else if (context.Reference is { } r)
            {
                var tense = m.Groups["rel"].Value.ToLowerInvariant() switch
                {
                    "last" => TenseDirection.Past,
                    "next" => TenseDirection.Future,
                    _ => context.TenseAround(m.Index, m.Index + m.Length),
                };
                var year = ReferenceResolver.PickYear(r, tense, y => (dateIn(y), dateIn(y)));
                value = TimexFormat.Day(dateIn(year));
            }
            else
            {
                var sample = dateIn(2001);
                value = name.StartsWith("thanksgiving", StringComparison.Ordinal) || name.StartsWith("easter", StringComparison.Ordinal) || name.StartsWith("election", StringComparison.Ordinal)
                    ? "XXXX-XX-XX"
                    : string.Create(CultureInfo.InvariantCulture, $"XXXX-{sample.Month:D2}-{sample.Day:D2}");
            }

            context.Add(m, TimexType.Date, value, priority: 3);
        }
    }

    private static DateOnly Thanksgiving(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        return firstThursday.AddDays(21);
    }

    /// <summary>US federal Election Day: the Tuesday after the first Monday in November.</summary>
    private static DateOnly ElectionDay(int year)
    {
        var first = new DateOnly(year, 11, 2);
        return first.AddDays(((int)DayOfWeek.Tuesday - (int)first.DayOfWeek + 7) % 7);
    }

    /// <summary>Anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?<rel>last|this|next)\s+)?(?<name>(?-i:Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day|the\s+Fourth\s+of\s+July|Halloween|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+(?<week>week))?|Election\s+Day))(?![A-Za-z])(?:\s*,?\s+(?<year>" + Year + "))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HolidayRegex();
}
