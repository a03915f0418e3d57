using System.Collections.Frozen;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Interchangeable words, read from the data files shipped in this assembly: the domain's (<c>query-expansions.txt</c>)
/// and general news English (<c>Text/Lexicons/paraphrases.txt</c>).
/// </summary>
public sealed class QueryExpansions
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    private readonly List<(string Phrase, System.Text.RegularExpressions.Regex Pattern)> _phrases;

    private QueryExpansions(FrozenDictionary<string, string[]> alternatives, IEnumerable<string> entries)
    {
        _alternatives = alternatives;
        _phrases = [.. entries.Where(k => k.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(k => k.Length)
            .Select(k => (k, new System.Text.RegularExpressions.Regex(PhrasePattern(k), System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)))];
    }

    /// <summary>The mark of a separable phrase's gap ("make * official"): up to <see cref="MaxGap"/> words, its object.</summary>
    public const string Gap = "*";

    private const int MaxGap = 4;

    /// <summary>Words that end the object a separable phrase holds ("make <i>any progress</i> on official visits").</summary>
    private const string GapBreaks = "on|in|at|of|for|with|to|about|from|by|into|over|after|before|and|or|but|than|as|that|if|when|while";

    /// <summary>
    /// The pattern of a multi-word entry as a question may write it: its first word inflected ("signed off", "stepping
    /// down" for "sign off", "step down"), its words apart by spaces or hyphens, and where the entry marks a gap ("make *
    /// official", "call * off") up to four words between ("made the commitments official").
    /// </summary>
    private static string PhrasePattern(string phrase)
    {
        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string> { $"(?:{Inflected(words[0])})" };
        for (int i = 1; i < words.Length; i++)
        {
            parts.Add(words[i] == Gap
                ? $@"(?<gap>(?:[\s-]+(?!(?:{GapBreaks})\b)[\p{{L}}\p{{N}}'’.-]+){{0,{MaxGap}}}?)"
                : $@"[\s-]+{System.Text.RegularExpressions.Regex.Escape(words[i])}");
        }

        return $@"(?<![\p{{L}}\p{{N}}]){string.Concat(parts)}(?![\p{{L}}\p{{N}}])";
    }

    /// <summary>A word and its regular inflections: "sign" signs, signed, signing; "make" making; "step" stepped; "try" tried.</summary>
    private static string Inflected(string word)
    {
        string w = System.Text.RegularExpressions.Regex.Escape(word);
        var forms = new List<string> { $"{w}(?:s|es|ed|d|ing)?" };
        if (word.EndsWith('e'))
        {
            forms.Add($"{System.Text.RegularExpressions.Regex.Escape(word[..^1])}ing");
        }

        // A short word ending in one vowel and a consonant doubles it: "stepped", "sitting".
        if (word.Length is >= 3 and <= 4 && !"aeiouwxy".Contains(word[^1], StringComparison.Ordinal) && "aeiou".Contains(word[^2], StringComparison.Ordinal)
            && !"aeiou".Contains(word[^3], StringComparison.Ordinal))
        {
            forms.Add($"{w}{word[^1]}(?:ed|ing)");
        }

        if (word.Length > 2 && word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            forms.Add($"{System.Text.RegularExpressions.Regex.Escape(word[..^1])}i(?:es|ed)");
        }

        return string.Join('|', forms);
    }

    /// <summary>
    /// The multi-word entries ("rock bottom", "took place", "signed off") written in <paramref name="text"/>, in order
    /// and not overlapping (the longer entry wins), each as the data file spells it without its gap mark.
    /// </summary>
    public IEnumerable<PhraseMatch> PhrasesIn(string text)
    {
        var found = new List<PhraseMatch>();
        foreach ((string phrase, System.Text.RegularExpressions.Regex pattern) in _phrases)
        {
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(text))
            {
                System.Text.RegularExpressions.Group gap = m.Groups["gap"];
                var match = gap.Success && gap.Length > 0
                    ? new PhraseMatch(m.Index, m.Index + m.Length, Contiguous(phrase), gap.Index, gap.Index + gap.Length)
                    : new PhraseMatch(m.Index, m.Index + m.Length, Contiguous(phrase));
                if (!found.Any(f => f.Start < match.End && match.Start < f.End))
                {
                    found.Add(match);
                }
            }
        }

        return found.OrderBy(f => f.Start);
    }

    /// <summary>An entry without its gap mark: "make * official" is "make official".</summary>
    private static string Contiguous(string phrase) => phrase.Contains(Gap, StringComparison.Ordinal)
        ? string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != Gap))
        : phrase;

    public static QueryExpansions Default { get; } = Load(withVectors: false);

    /// <summary>
    /// The expansions for when sentences are also found by meaning: sets of words that only say the same thing in other
    /// words (lines marked <c>~</c> in the data file) are left to the embedding model.
    /// </summary>
    public static QueryExpansions WithVectors { get; } = Load(withVectors: true);

    /// <param name="withVectors">Leave out the lines marked <c>~</c> (paraphrases an embedding model matches by itself).</param>
    public static QueryExpansions Parse(string data, bool withVectors = false)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var all = new List<string>();
        foreach (string raw in data.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('~'))
            {
                if (withVectors)
                {
                    continue;
                }

                line = line[1..];
            }

            string[] entries = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            all.AddRange(entries);
            string[] words = [.. entries.Select(Contiguous)];
            foreach (string word in words)
            {
                if (!map.TryGetValue(word, out var set))
                {
                    map[word] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(words.Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return new QueryExpansions(map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase), all);
    }

    /// <summary>The words that stand for <paramref name="word"/>, found under its own form or, failing that, its base form ("opposed", "scrapping").</summary>
    public IReadOnlyList<string> For(string word)
    {
        if (_alternatives.TryGetValue(word, out var words))
        {
            return words;
        }

        foreach (string form in BaseForms(word))
        {
            if (_alternatives.TryGetValue(form, out words))
            {
                return words;
            }
        }

        return [];
    }

    /// <summary>What a regular inflection may be built on: "opposed" gives "oppos" and "oppose", "scrapping" also "scrap", "tried" "try".</summary>
    private static IEnumerable<string> BaseForms(string word)
    {
        foreach (string suffix in (string[])["ing", "ed", "es", "s", "d"])
        {
            if (word.Length <= suffix.Length + 2 || !word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string stem = word[..^suffix.Length];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }

            if (suffix is "ed" or "es" && stem.EndsWith('i'))
            {
                yield return stem[..^1] + "y";
            }
        }
    }

    private static QueryExpansions Load(bool withVectors)
    {
        return Parse(EmbeddedData.Read("DiplomacyBot.Core.Answering.query-expansions.txt") + "\n" + EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.paraphrases.txt"), withVectors);
    }
}

/// <summary>
/// A multi-word entry found in a question: its span, the entry, and the span of the words a separable phrase holds
/// between its parts ("made <i>the commitments</i> official"; empty when it holds none), which are read on their own.
/// </summary>
public readonly record struct PhraseMatch(int Start, int End, string Phrase, int GapStart = 0, int GapEnd = 0)
{
    /// <summary>Whether the phrase itself, not its gap, is written at <paramref name="index"/>.</summary>
    public bool Covers(int index) => index >= Start && index < End && !(index >= GapStart && index < GapEnd);
}
