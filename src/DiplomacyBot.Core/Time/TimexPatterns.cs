using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Regex fragments shared by the rules. Month and weekday names are matched case-sensitively (inside
/// <c>(?-i:...)</c>) because lower-case "may", "march" and "sun" are ordinary words far more often than dates.
/// </summary>
internal static partial class TimexPatterns
{
    /// <summary>How the rules match: case aside (names keep their own <c>(?-i:...)</c>), culture-neutral, named groups only.</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public const string MonthName =
        "(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])";

    public const string MonthAbbreviation =
        @"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?![A-Za-z]))";

    public const string Month = "(?:" + MonthName + "|" + MonthAbbreviation + ")";

    public const string Weekday =
        @"(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])|(?-i:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)";

    public const string DayNumber = @"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?![A-Za-z\d])";

    public const string Year = @"(?:1[0-9]\d{2}|20\d{2})(?![\d])";

    /// <summary>Years read out in broadcast transcripts: "nineteen ninety-seven", "two thousand and one".</summary>
    public const string SpokenYear =
        @"(?:nineteen|two\s+thousand(?:\s+and)?)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?" +
        "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])";

    /// <summary>A year written in digits or read out.</summary>
    public const string AnyYear = "(?:" + Year + "|" + SpokenYear + ")";

    /// <summary>An ordinal word, "first" to "thirty-first".</summary>
    public static readonly string OrdinalWord = "(?:" + Text.Ordinals.AllWords + ")";

    /// <summary>Words before a date that narrow it ("early May") but do not change its value at TIMEX3 precision.</summary>
    public const string Modifier =
        @"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later)(?:\s+in)?(?:\s+|-)|mid-|" +
        @"the\s+(?:end|beginning|middle|start|close|turn|latter\s+part)\s+of\s+(?:the\s+)?)";

    /// <summary>A matched relation ("this  past", "Next") as the rules compare it: lower case, single spaces.</summary>
    public static string Relation(string text) => Whitespace().Replace(text.ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();
}
