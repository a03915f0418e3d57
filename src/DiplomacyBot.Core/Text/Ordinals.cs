using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>Ordinal words and their numbers ("third", "3rd" → 3; "initial" → 1), shared by question analysis, ranking and events.</summary>
public static class Ordinals
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

    /// <summary>Every written form of an ordinal ("third", "3rd").</summary>
    public static IEnumerable<string> FormsOf(int n) => Values.Where(p => p.Value == n && p.Key is not ("initial" or "inaugural")).Select(p => p.Key);
}
