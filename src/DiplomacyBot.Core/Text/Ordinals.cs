using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Ordinal words and their numbers (<c>Text/Lexicons/ordinals.txt</c>: "third", "3rd" → 3; "initial" → 1), shared by
/// question analysis, ranking, events and the temporal tagger.
/// </summary>
public static partial class Ordinals
{
    /// <summary>Events are numbered up to the tenth ("the third round"); dates go on to the thirty-first.</summary>
    public const int LastNumbered = 10;

    private const int NumberColumn = 1;
    private const int WrittenColumn = 2;
    private const int CardinalColumn = 3;
    private const int AlsoColumn = 4;

    private static readonly IReadOnlyList<Ordinal> Table = TaggedWords.Load("ordinals").Rows.Select(Ordinal.Of).ToList();

    /// <summary>The words of the numbered places, one to ten, in order.</summary>
    private static readonly string[] Words = [.. Named(1, LastNumbered).Select(o => o.Word)];

    private static readonly FrozenDictionary<string, int> Values = Table.Where(o => o.Number <= LastNumbered)
        .SelectMany(o => o.Forms.Select(form => KeyValuePair.Create(form, o.Number)))
        .ToDictionary(StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> WordNumbers = Named(1, int.MaxValue)
        .ToFrozenDictionary(o => o.Word, o => o.Number, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> CardinalNumbers = Table.Where(o => o.Cardinal is not null)
        .ToFrozenDictionary(o => o.Cardinal!, o => o.Number, StringComparer.OrdinalIgnoreCase);

    /// <summary>The ordinals one to ten as a regular-expression alternation ("first|second|...|1st|2nd|...|10th").</summary>
    public static string Pattern { get; } = WordsFrom(1, LastNumbered) + "|" + WrittenFrom(1, LastNumbered);

    /// <summary>The ordinals two to ten written as words: "hold a third" names the event by its number alone.</summary>
    public static string LaterWords { get; } = WordsFrom(2, LastNumbered);

    /// <summary>The other words for a first one ("initial", "inaugural"), as an alternation.</summary>
    public static string OtherFirstWords { get; } = TaggedWords.Alternation(Table.Where(o => o.Also).Select(o => o.Word));

    /// <summary>Every ordinal word, "first" to "thirty-first", as an alternation.</summary>
    public static string AllWords { get; } = WordsFrom(1, int.MaxValue);

    /// <summary>An ordinal one to ten, as a word or in figures, anywhere in a text.</summary>
    public static Regex Mention { get; } = new(@"\b(?:" + Pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The ordinal words from <paramref name="first"/> to <paramref name="last"/> as an alternation ("first|second|third|fourth").</summary>
    public static string WordsFrom(int first, int last) => TaggedWords.Alternation(Named(first, last).Select(o => o.Word));

    /// <summary>The ordinals from <paramref name="first"/> to <paramref name="last"/> in figures, as an alternation ("1st|2nd|3rd|4th").</summary>
    public static string WrittenFrom(int first, int last) => TaggedWords.Alternation(Named(first, last).Select(o => o.Written!));

    /// <summary>The cardinals from <paramref name="first"/> to <paramref name="last"/> as an alternation ("two|three|...|ten").</summary>
    public static string CardinalsFrom(int first, int last) => TaggedWords.Alternation(Named(first, last).Select(o => o.Cardinal!));

    /// <summary>The number an ordinal one to ten stands for, as a word, in figures or as another word for a first one; 0 when it is none.</summary>
    public static int Value(string word) => Values.GetValueOrDefault(word);

    /// <summary>The number of any ordinal word ("twenty-first" → 21), or 0 when it is none.</summary>
    public static int WordValue(string word) => WordNumbers.GetValueOrDefault(word);

    /// <summary>The number a cardinal word stands for ("three" → 3), or null when it is none.</summary>
    public static int? CardinalValue(string word) => CardinalNumbers.TryGetValue(word, out int n) ? n : null;

    /// <summary>The ordinal written as a word ("third"); past ten, "11th".</summary>
    public static string Word(int n) => n >= 1 && n <= Words.Length ? Words[n - 1] : $"{n}th";

    /// <summary>Every written form of an ordinal ("third", "3rd").</summary>
    public static IEnumerable<string> FormsOf(int n) => Values.Where(p => p.Value == n && !OtherFirst(p.Key)).Select(p => p.Key);

    /// <summary>
    /// The text with each ordinal word typed with two neighbouring letters swapped ("thrid", "frist", "secnod") written
    /// as it should be. A swap of two letters never turns one of these words into another English word.
    /// </summary>
    public static string WithTyposMended(string text) => TypedWord().Replace(text, m =>
        m.Value.Length >= 5 && Value(m.Value) == 0 && Words.FirstOrDefault(w => Swapped(m.Value, w)) is { } word
            ? (char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word)
            : m.Value);

    /// <summary>The places from <paramref name="first"/> to <paramref name="last"/>, each by its own word, in order.</summary>
    private static IEnumerable<Ordinal> Named(int first, int last) => Table.Where(o => !o.Also && o.Number >= first && o.Number <= last);

    private static bool OtherFirst(string word) => Table.Any(o => o.Also && string.Equals(o.Word, word, StringComparison.OrdinalIgnoreCase));

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

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex TypedWord();

    /// <summary>One line of the table: the word, its number, its forms in figures and as a cardinal, and whether it is another word for the place.</summary>
    private sealed record Ordinal(string Word, int Number, string? Written, string? Cardinal, bool Also)
    {
        /// <summary>The word and its figures, as a text may write the ordinal.</summary>
        public IEnumerable<string> Forms => Written is null ? [Word] : [Word, Written];

        public static Ordinal Of(string[] row) => new(
            row[0],
            int.Parse(row[NumberColumn], CultureInfo.InvariantCulture),
            Given(row[WrittenColumn]),
            Given(row[CardinalColumn]),
            row.Length > AlsoColumn && row[AlsoColumn] == "also");

        private static string? Given(string column) => column == "-" ? null : column;
    }
}
