namespace DiplomacyBot.Core.Text;

/// <summary>English month names and abbreviations as they appear in news copy ("Sept.", "Sep", "September").</summary>
public static partial class MonthNames
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

    /// <summary>
    /// The text with month names written in lower case ("in june 1987", as people type questions) capitalised, so
    /// that whatever reads dates in edited text reads them too. "may" is a month next to a day, or after a preposition
    /// of time or a determiner ("in may", "their may meeting"), never before the verb it would be the modal of; the
    /// abbreviations ("nov 16", "16 nov", "sept 1987") are months only next to a day or a year. Everything keeps its
    /// place, so offsets into the result are offsets into the text.
    /// </summary>
    public static string Capitalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LowerCaseMonth().Replace(text, m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:january|february|march|april|june|july|august|september|october|november|december|may(?=\s+\d)|(?<=\b(?:in|by|until|till|since|before|during|from|early|late|of|the|their|its|last|next)\s+|\bmid-)may(?!\s+(?:be|have|not|well|also|only|still|even)\b)|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\.?\s+(?:\d{1,2}|\d{4})\b)|(?<=\b\d{1,2}\s+)(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\b")]
    private static partial System.Text.RegularExpressions.Regex LowerCaseMonth();
}
