using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Years ("1987", "fiscal 1989", "mid-1996"), decades ("the 1990s" → 199) and centuries ("the 20th century" → 19).
/// Four-digit numbers are only years when nothing around them says they count something.
/// </summary>
internal sealed partial class YearRule : ITimexRule
{
    // Words after a number that show it counts things rather than naming a year.
    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "men", "women", "troops", "soldiers", "workers", "employees", "members", "cases", "units",
        "cars", "shares", "tons", "tonnes", "barrels", "dollars", "euros", "pounds", "miles", "kilometers", "kilometres",
        "feet", "meters", "metres", "points", "votes", "seats", "jobs", "homes", "houses", "deaths", "children", "refugees",
        "acres", "hectares", "bags", "students", "patients", "civilians", "prisoners", "rounds", "rockets", "missiles",
        "pages", "words", "calories", "degrees", "percent", "yen", "rupees", "yuan", "francs", "marks", "stores", "vehicles",
        "residents", "officers", "police", "delegates", "participants", "villages", "sites", "hours", "minutes", "days",
        "years", "months", "weeks", "times", "million", "billion", "trillion", "thousand", "hundred",
    };

    // Words before a number that make it a label ("Resolution 1973", "Flight 1549").
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "no", "nos", "number", "flight", "room", "route", "highway", "article", "section",
        "paragraph", "code", "suite", "box", "page", "pages", "chapter", "rule", "bus", "platform", "gate", "lot", "unit",
        "apartment", "apt", "street", "st", "avenue", "ave", "road", "pp", "p", "tel", "ext", "about", "nearly", "some",
        "approximately", "roughly", "almost", "over", "than", "of", "to", "and", "the",
    };

    private static readonly FrozenSet<string> YearIntroducers = NeighbourWords.Introducers(
        "year", "fiscal", "mid", "around", "circa", "between", "to", "or", "summer", "spring", "autumn", "fall", "winter", "the",
        "calendar", "end", "beginning", "middle", "start", "as");

    private static readonly System.Buffers.SearchValues<string> SpelledWords = RuleKeywords.Create("ties", "nineteen", "thousand", "century");

    private static readonly System.Buffers.SearchValues<string> YearStarts = RuleKeywords.Create(
        "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");

    private static readonly System.Buffers.SearchValues<string> DecadeEnds = RuleKeywords.Create("0s", "0's");

    private static readonly System.Buffers.SearchValues<string> CenturyWord = RuleKeywords.Create("century");

    public void Apply(TagContext context)
    {
        if (!(context.HasDigit() || context.Mentions(SpelledWords)))
        {
            return;
        }

        var text = context.Text;
        foreach (var m in AnchoredMatcher.Matches(text, YearStarts, YearRegex(), 40, 20))
        {
            var yearGroup = m.Groups["year"];
            var year = int.Parse(yearGroup.Value, CultureInfo.InvariantCulture);
            var previous = NeighbourWords.Before(text, yearGroup.Index, overHyphens: true);
            var hasModifier = m.Groups["mod"].Success;
            if (!hasModifier && !LooksLikeYear(text, yearGroup.Index, yearGroup.Index + yearGroup.Length, year, previous))
            {
                continue;
            }

            context.Add(m, TimexType.Date, TimexFormat.Year(year), priority: 5);
        }

        foreach (var m in AnchoredMatcher.Matches(text, DecadeEnds, DecadeRegex(), 25, 5, inWords: true))
        {
            var digits = m.Groups["decade"].Value;
            var decade = digits.Length == 3
                ? digits
                : CenturyOf(context.Reference) + digits[0];
            context.Add(m, TimexType.Date, decade, priority: 4);
        }

        foreach (Match m in DecadeWordRegex().Matches(text))
        {
            var digit = m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "twenties" => '2', "thirties" => '3', "forties" => '4', "fifties" => '5', "sixties" => '6',
                "seventies" => '7', "eighties" => '8', _ => '9',
            };
            context.Add(m, TimexType.Date, (m.Groups["nineteen"].Success ? "19" : CenturyOf(context.Reference)) + digit, priority: 4);
        }

        foreach (var m in AnchoredMatcher.Matches(text, CenturyWord, CenturyRegex, 40, 10))
        {
            var number = CalendarWords.Ordinal(m.Groups["n"].Value);
            if (number is >= 1 and <= 30)
            {
                context.Add(m, TimexType.Date, (number - 1).ToString("D2", CultureInfo.InvariantCulture), priority: 4);
            }
        }

        foreach (Match m in SpelledYearRegex().Matches(text))
        {
            if (!m.Groups["rest"].Success)
            {
                // "the year two thousand"
                context.Add(m, TimexType.Date, "2000", priority: 4);
            }
            else if (NumberWords.TryParse(m.Groups["rest"].Value, out var rest, out _) && rest is { } r && r < 100)
            {
                var century = m.Groups["century"].Value.StartsWith("nineteen", StringComparison.OrdinalIgnoreCase) ? 1900 : 2000;
                context.Add(m, TimexType.Date, TimexFormat.Year(century + r), priority: 4);
            }
        }
    }

    private static string CenturyOf(DateOnly? reference) =>
        reference is { } r ? (r.Year / 100).ToString("D2", CultureInfo.InvariantCulture) : "19";

    private static bool LooksLikeYear(string text, int start, int end, int year, string previous)
    {
        if (start > 0 && (text[start - 1] is '$' or '#' or '.' or ',' || char.IsDigit(text[start - 1])))
        {
            return false;
        }

        if (end < text.Length && (text[end] is '%' || (end + 1 < text.Length && text[end] is ',' or '.' && char.IsDigit(text[end + 1]))))
        {
            return false;
        }

        var next = WordAfter(text, end);
        if (CountedNouns.Contains(next))
        {
            return false;
        }

        if (LabelWords.Contains(previous) && !YearIntroducers.Contains(previous))
        {
            return false;
        }

        // Old years and far-future ones are mostly quantities unless a preposition introduces them.
        return (year >= 1900 && year <= 2050) || YearIntroducers.Contains(previous);
    }

    private static string WordAfter(string text, int index)
    {
        var start = index;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    [GeneratedRegex(
        @"(?:(?<mod>fiscal|calendar|the\s+year|the\s+(?:end|beginning|middle|start|close|turn|first\s+part|latter\s+part)\s+of|(?:the\s+)?(?:early|late|mid|earlier|later)(?:\s+in)?|mid-|post-|pre-)[\s-]*|(?<![\w$#.,-]))" +
        @"(?<year>" + Year + @")(?!\s*(?:%|percent)|[.,]\d|-(?:year|month|day)|'?s\b)(?![A-Za-z])",
        TimexPatterns.Options)]
    private static partial Regex YearRegex();

    /// <summary>What may open a decade or a century: "the", "early", "the mid-".</summary>
    private const string DecadePrefix = @"(?<![A-Za-z])(?:the\s+)?(?:(?:early|late|mid)(?:\s+|-))?";

    [GeneratedRegex(DecadePrefix + @"(?:(?<decade>1\d{2}|20\d)0'?s|'(?<decade>\d)0s)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex DecadeRegex();

    [GeneratedRegex(DecadePrefix + @"(?<nineteen>nineteen[\s-])?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex DecadeWordRegex();

    private static readonly Regex CenturyRegex = new(DecadePrefix + @"(?<n>\d{1,2}(?:st|nd|rd|th)|" + OrdinalWord + @")[\s-]+century(?![A-Za-z])", TimexPatterns.Options | RegexOptions.Compiled);

    [GeneratedRegex(
        @"(?<![A-Za-z])the\s+year\s+two\s+thousand(?![A-Za-z\s-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?![A-Za-z]))" +
        @"|(?<![A-Za-z])(?:the\s+year\s+)?(?<century>nineteen|two\s+thousand(?:\s+and)?)[\s-]+(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])",
        TimexPatterns.Options)]
    private static partial Regex SpelledYearRegex();
}
