namespace DiplomacyBot.Core.Time;

/// <summary>How finely a TIMEX3 value pins down time. Halves of a year count as <see cref="Quarter"/>.</summary>
public enum TimexPrecision
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    Time,
    Unknown,
}
