using System.Globalization;

namespace DiplomacyBot.Core.Time;

/// <summary>Writes TIMEX3 values. Centralised so every rule pads years, weeks and months the same way.</summary>
internal static class TimexFormat
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static string Season(int year, string season) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{season}");

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static string Weekend(DateOnly date) => Week(date) + "-WE";

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
