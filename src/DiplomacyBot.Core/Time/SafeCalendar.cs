namespace DiplomacyBot.Core.Time;

/// <summary>
/// Calendar arithmetic that reports "off the calendar" instead of throwing. Offsets read from text can be huge
/// ("292,000 weeks ago") and references can sit at the ends of <see cref="DateOnly"/>'s range, so rules that move
/// a date by an amount they parsed go through here.
/// </summary>
internal static class SafeCalendar
{
    public static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        var target = date.DayNumber + days;
        if (days is > int.MaxValue or < int.MinValue || target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber)
        {
            result = default;
            return false;
        }

        result = DateOnly.FromDayNumber((int)target);
        return true;
    }

    public static bool TryAddMonths(DateOnly date, long months, out DateOnly result)
    {
        var index = ((date.Year - 1L) * 12) + (date.Month - 1) + months;
        if (months is > int.MaxValue or < int.MinValue || index < 0 || index > (9999L * 12) - 1)
        {
            result = default;
            return false;
        }

        result = date.AddMonths((int)months);
        return true;
    }

    public static bool TryAddYears(int year, long years, out int result)
    {
        var target = year + years;
        if (years is > int.MaxValue or < int.MinValue || target < 1 || target > 9999)
        {
            result = 0;
            return false;
        }

        result = (int)target;
        return true;
    }
}
