namespace DiplomacyBot.Core.Text;

/// <summary>English month names and abbreviations as they appear in news copy ("Sept.", "Sep", "September").</summary>
public static class MonthNames
{
    /// <summary>A regex alternative matching any month name or abbreviation (case-insensitive use intended).</summary>
    public const string Pattern =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    public static int? Parse(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        return name[..3].ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => null,
        };
    }
}
