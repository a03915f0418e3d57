using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>Whether a text states a figure, however it writes it ("12", "12-hour", "twelve"; "40000", "40,000").</summary>
public static class Figures
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>Whether the word is a number, in digits or written out up to twenty ("12", "one").</summary>
    public static bool IsNumber(string word) =>
        (word.Length > 0 && word.All(char.IsAsciiDigit)) || Words.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> states <paramref name="digits"/> (a number written in digits, no separators).</summary>
    public static bool Stated(string digits, string text) =>
        Patterns.GetOrAdd(digits, Pattern).IsMatch(text);

    private static Regex Pattern(string digits)
    {
        var forms = new List<string> { Regex.Escape(digits) };
        if (digits.Length > 3 && !digits.Contains('.', StringComparison.Ordinal))
        {
            // 40000 is also written 40,000.
            forms.Add(Regex.Escape(long.Parse(digits, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture)));
        }

        string numbers = @"(?<![\d.,])(?:" + string.Join('|', forms) + @")(?!\d|[.,]\d)";
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < Words.Length
            ? new Regex(numbers + @"|\b" + Words[n] + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : new Regex(numbers, RegexOptions.CultureInvariant);
    }
}
