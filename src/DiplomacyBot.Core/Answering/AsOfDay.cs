using System.Globalization;

namespace DiplomacyBot.Core.Answering;

/// <summary>The day an answer is asked as of, as users and callers write it: YYYY-MM-DD.</summary>
public static class AsOfDay
{
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
