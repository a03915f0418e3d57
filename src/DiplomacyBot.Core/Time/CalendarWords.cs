namespace DiplomacyBot.Core.Time;

/// <summary>Maps month, weekday, season and ordinal words (as matched by <see cref="TimexPatterns"/>) to numbers.</summary>
internal static class CalendarWords
{
    public static int Month(string word)
    {
        var w = word.TrimEnd('.');
        return w.Length < 3 ? 0 : char.ToLowerInvariant(w[0]) switch
        {
            'j' when w.StartsWith("Jan", StringComparison.OrdinalIgnoreCase) => 1,
            'j' when w.StartsWith("Jun", StringComparison.OrdinalIgnoreCase) => 6,
            'j' => 7,
            'f' => 2,
            'm' when w[2] is 'r' or 'R' => 3,
            'm' => 5,
            'a' when w[1] is 'p' or 'P' => 4,
            'a' => 8,
            's' => 9,
            'o' => 10,
            'n' => 11,
            'd' => 12,
            _ => 0,
        };
    }

    public static DayOfWeek Weekday(string word)
    {
        var w = word.ToLowerInvariant();
        return w[0] switch
        {
            'm' => DayOfWeek.Monday,
            't' when w[1] == 'u' => DayOfWeek.Tuesday,
            't' => DayOfWeek.Thursday,
            'w' => DayOfWeek.Wednesday,
            'f' => DayOfWeek.Friday,
            's' when w[1] == 'a' => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    /// <summary>ISO weekday number as TIMEX3 writes it (Monday = 1, Sunday = 7).</summary>
    public static int IsoWeekday(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>TIMEX3 season code; autumn and fall are the same season.</summary>
    public static string Season(string word) => word.ToLowerInvariant() switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "winter" => "WI",
        _ => "FA",
    };

    /// <summary>Season order within a calendar year, used to decide whether "last summer" is this year's or last year's.</summary>
    public static int SeasonIndex(string code) => code switch
    {
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => 4,
    };

    /// <summary>The season a date falls in (northern hemisphere, by months, as TimeML annotators do).</summary>
    public static string SeasonOf(DateOnly date) => date.Month switch
    {
        3 or 4 or 5 => "SP",
        6 or 7 or 8 => "SU",
        9 or 10 or 11 => "FA",
        _ => "WI",
    };

    /// <summary>First and last day of a season in a year; winter spans the turn of the year.</summary>
    public static (DateOnly First, DateOnly Last) SeasonRange(int year, string code) => code switch
    {
        "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        _ => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, DateTime.DaysInMonth(year + 1, 2))),
    };

    /// <summary>The number of an ordinal in figures ("21st") or words ("twenty-first"); 0 for any other word.</summary>
    public static int Ordinal(string word)
    {
        if (char.IsDigit(word[0]))
        {
            var digits = new string(word.TakeWhile(char.IsDigit).ToArray());
            return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }

        return Text.Ordinals.WordValue(word);
    }
}
