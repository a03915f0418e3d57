using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>Ordinal words and their numbers ("third", "3rd" → 3; "initial" → 1), shared by question analysis, ranking and events.</summary>
public static partial class Ordinals
{
    /// <summary>The ordinals one to ten as a regular-expression alternation ("first|second|...|1st|2nd|3rd|[4-9]th|10th").</summary>
    public const string Pattern = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th";

    /// <summary>The ordinals two to ten written as words: "hold a third" names the event by its number alone.</summary>
    public const string LaterWords = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";

    private static readonly string[] Words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly FrozenDictionary<string, int> Values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["1st"] = 1, ["initial"] = 1, ["inaugural"] = 1,
        ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4, ["fifth"] = 5, ["5th"] = 5,
        ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8, ["ninth"] = 9, ["9th"] = 9,
        ["tenth"] = 10, ["10th"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number an ordinal word stands for, or 0 when it is not one.</summary>
    public static int Value(string word) => Values.GetValueOrDefault(word);

    /// <summary>The ordinal written as a word ("third"); past ten, "11th".</summary>
    public static string Word(int n) => n >= 1 && n <= Words.Length ? Words[n - 1] : $"{n}th";

    /// <summary>
    /// The text with each ordinal word typed with two neighbouring letters swapped ("thrid", "frist", "secnod") written
    /// as it should be. A swap of two letters never turns one of these words into another English word.
    /// </summary>
    public static string WithTyposMended(string text) => TypedWord().Replace(text, m =>
        m.Value.Length >= 5 && Value(m.Value) == 0 && Words.FirstOrDefault(w => Swapped(m.Value, w)) is { } word
            ? (char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word)
            : m.Value);

    /// <summary>Whether <paramref name="typed"/> is <paramref name="word"/> with two neighbouring letters swapped.</summary>
    private static bool Swapped(string typed, string word)
    {
        if (typed.Length != word.Length)
        {
            return false;
        }

        int i = 0;
        while (i < typed.Length && char.ToLowerInvariant(typed[i]) == word[i])
        {
            i++;
        }

        return i < typed.Length - 1
            && char.ToLowerInvariant(typed[i]) == word[i + 1] && char.ToLowerInvariant(typed[i + 1]) == word[i]
            && typed.AsSpan(i + 2).Equals(word.AsSpan(i + 2), StringComparison.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{L}+\b")]
    private static partial System.Text.RegularExpressions.Regex TypedWord();

    /// <summary>Every written form of an ordinal ("third", "3rd").</summary>
    public static IEnumerable<string> FormsOf(int n) => Values.Where(p => p.Value == n && p.Key is not ("initial" or "inaugural")).Select(p => p.Key);
}
