using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>Human wording for TIMEX3 values at their own precision: "27 Feb 2025", "Apr 2025", "autumn 2025".</summary>
public static partial class TimexDescriber
{
    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<rest>.+))?$")]
    private static partial Regex YearFirst();

    public static string Describe(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        }

        Match m = YearFirst().Match(value);
        if (!m.Success)
        {
            return value switch
            {
                "PRESENT_REF" => "now",
                "PAST_REF" => "in the past",
                "FUTURE_REF" => "in the future",
                _ => value,
            };
        }

        string year = m.Groups["y"].Value;
        string rest = m.Groups["rest"].Value;
        return rest switch
        {
            "" => year,
            "SP" => $"spring {year}",
            "SU" => $"summer {year}",
            "FA" => $"autumn {year}",
            "WI" => $"winter {year}",
            ['Q', var q] => $"Q{q} {year}",
            ['H', var h] => $"H{h} {year}",
            ['W', ..] => $"week {rest[1..].TrimStart('0')} of {year}",
            _ when int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12 =>
                new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}
