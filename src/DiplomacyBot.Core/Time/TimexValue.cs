using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// A parsed calendar TIMEX3 value (DATE or TIME): which parts are known and at what precision. Values with
/// unknown parts ("XXXX-02-27") parse with null fields, so they can still be described but not placed on a
/// timeline.
/// </summary>
internal sealed partial record TimexValue(
    TimexPrecision Precision,
    int? Year,
    int? Month,
    int? Day,
    int? Week,
    string? Part,
    int? Weekday,
    string? Clock,
    string? DayPart,
    bool Weekend)
{
    public static TimexValue? Parse(string value)
    {
        var m = ValueRegex().Match(value);
        if (!m.Success)
        {
            return null;
        }

        int? Number(string group) =>
            m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        var yearText = m.Groups["year"].Value;
        var year = yearText.Length == 4 ? Number("year") : null;
        var clock = m.Groups["clock"].Success ? m.Groups["clock"].Value : null;
        var dayPart = m.Groups["daypart"].Success ? m.Groups["daypart"].Value : null;
        var precision = yearText.Length switch
        {
            3 => TimexPrecision.Decade,
            2 => TimexPrecision.Century,
            _ when clock is not null || dayPart is not null => TimexPrecision.Time,
            _ when m.Groups["day"].Success || m.Groups["weekday"].Success => TimexPrecision.Day,
            _ when m.Groups["week"].Success => TimexPrecision.Week,
            _ when m.Groups["month"].Success => TimexPrecision.Month,
            _ when m.Groups["part"].Value.Length == 2 && m.Groups["part"].Value[0] != 'Q' && m.Groups["part"].Value[0] != 'H' => TimexPrecision.Season,
            _ when m.Groups["part"].Success => TimexPrecision.Quarter,
            _ => TimexPrecision.Year,
        };

        if (yearText.Length is 2 or 3)
        {
            year = int.Parse(yearText, CultureInfo.InvariantCulture);
        }

        return new TimexValue(
            precision,
            year,
            Number("month"),
            Number("day"),
            Number("week"),
            m.Groups["part"].Success ? m.Groups["part"].Value : null,
            Number("weekday"),
            clock,
            dayPart,
            m.Groups["weekend"].Success);
    }

    [GeneratedRegex(
        @"^(?<year>\d{4}|\d{3}|\d{2}|XXXX)(?:-(?:(?<month>\d{2}|XX)(?:-(?<day>\d{2}|XX))?|W(?<week>\d{1,2}|XX)(?:-(?<weekday>[1-7])|-(?<weekend>WE))?|(?<part>Q[1-4X]|H[12]|SP|SU|FA|WI)))?" +
        @"(?:T(?:(?<clock>\d{2}(?::\d{2}){0,2})|(?<daypart>MO|AF|EV|NI|DT)))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ValueRegex();
}
