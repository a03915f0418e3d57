using System.Globalization;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Reads the quantity part of expressions such as "twenty four hours", "a dozen years" or "5 1/2 hours".
/// Vague quantities ("several", "a few") parse as <c>null</c> so callers write an "X" like TIMEX3 does.
/// </summary>
internal static class NumberWords
{
    /// <summary>Regex fragment matching any quantity this class can read; keep in sync with <see cref="TryParse"/>.</summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|\s+and\s+(?:a\s+)?half)?" +
        @"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?" +
        @"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
        @"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)|a\s+dozen|(?:a\s+)?couple\s+of|a\s+couple|a\s+few|several|few|many|some|a|an)(?:\s+and\s+a\s+half)?";

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["couple"] = 2,
    };

    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "several", "few", "many", "some", "a few",
    };

    /// <summary>Parses a quantity; <paramref name="half"/> is set for "5 1/2" or "a year and a half".</summary>
    /// <returns>false when the text is not a number at all; true with <paramref name="value"/> null for vague words.</returns>
    public static bool TryParse(string text, out int? value, out bool half)
    {
        value = null;
        half = false;
        var s = text.Trim();
        if (s.EndsWith("1/2", StringComparison.Ordinal) || s.EndsWith("half", StringComparison.OrdinalIgnoreCase))
        {
            half = true;
            var cut = s.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            s = cut >= 0 ? s[..cut] : s[..s.LastIndexOf(' ')];
            s = s.Trim();
        }

        if (Vague.Contains(s))
        {
            return true;
        }

        if (char.IsDigit(s[0]))
        {
            var digits = s.Replace(",", "", StringComparison.Ordinal);
            if (digits.Contains('.', StringComparison.Ordinal))
            {
                // "1.5 years": keep the whole part and flag a half, which is as fine as TIMEX values usually get.
                if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                {
                    return false;
                }

                value = (int)decimal.Truncate(d);
                half = half || d - decimal.Truncate(d) >= 0.5m;
                return true;
            }

            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                value = n;
                return true;
            }

            return false;
        }

        var total = 0;
        var current = 0;
        foreach (var word in s.Split([' ', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase))
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else if (Units.TryGetValue(word, out var unit))
            {
                // "a dozen" is 12, not 1 + 12.
                current = word is "dozen" or "couple" ? unit : current + unit;
            }
            else
            {
                return false;
            }
        }

        value = total + current;
        return value > 0;
    }

    /// <summary>Reads a year matched by <see cref="TimexPatterns.AnyYear"/>: "1997", "nineteen ninety-seven".</summary>
    public static bool TryParseYear(string text, out int year)
    {
        var s = text.Trim();
        if (s.Length > 0 && char.IsDigit(s[0]))
        {
            return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year);
        }

        year = 0;
        var nineteen = s.StartsWith("nineteen", StringComparison.OrdinalIgnoreCase);
        var rest = nineteen ? s["nineteen".Length..] : s[(s.IndexOf("thousand", StringComparison.OrdinalIgnoreCase) + "thousand".Length)..];
        rest = rest.Trim(' ', '-', '\t', '\n', '\r');
        if (rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        if (!TryParse(rest, out var n, out _) || n is not (> 0 and < 100))
        {
            return false;
        }

        year = (nineteen ? 1900 : 2000) + n.Value;
        return true;
    }
}
