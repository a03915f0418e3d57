namespace DiplomacyBot.Core.Text;

/// <summary>
/// A calendar date written in a line of text. <see cref="Year"/> is null for forms such as "Sept 28".
/// <see cref="HasTime"/> and <see cref="HasWeekday"/> tell a site clock ("Tuesday, 02 January 2024 12:17 GMT") from a byline.
/// </summary>
public sealed record DateMention(int Start, int End, int? Year, int Month, int Day, bool HasTime, bool HasWeekday)
{
    public DateOnly? Date => Year is { } y && IsValid(y, Month, Day) ? new DateOnly(y, Month, Day) : null;

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
