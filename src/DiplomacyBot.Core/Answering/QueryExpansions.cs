using System.Collections.Frozen;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Interchangeable words, read from the data files shipped in this assembly: the domain's (<c>query-expansions.txt</c>)
/// and general news English (<c>Text/Lexicons/paraphrases.txt</c>).
/// </summary>
public sealed class QueryExpansions
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    private readonly System.Text.RegularExpressions.Regex? _phrases;

    private QueryExpansions(FrozenDictionary<string, string[]> alternatives)
    {
        _alternatives = alternatives;
        var phrases = alternatives.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).OrderByDescending(k => k.Length).ToList();
        _phrases = phrases.Count == 0 ? null : new System.Text.RegularExpressions.Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', phrases.Select(p => System.Text.RegularExpressions.Regex.Escape(p).Replace("\\ ", @"[\s-]+", StringComparison.Ordinal)))})(?![\p{{L}}\p{{N}}])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>The multi-word entries ("rock bottom", "took place") written in <paramref name="text"/>, as the data file spells them.</summary>
    public IEnumerable<(int Start, int End, string Phrase)> PhrasesIn(string text)
    {
        if (_phrases is null)
        {
            yield break;
        }

        foreach (System.Text.RegularExpressions.Match m in _phrases.Matches(text))
        {
            string normal = System.Text.RegularExpressions.Regex.Replace(m.Value, @"[\s-]+", " ");
            string key = _alternatives.Keys.FirstOrDefault(k => k.Equals(normal, StringComparison.OrdinalIgnoreCase)) ?? normal;
            yield return (m.Index, m.Index + m.Length, key);
        }
    }

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

            string[] words = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (string word in words)
            {
                if (!map.TryGetValue(word, out var set))
                {
                    map[word] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(words.Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return new QueryExpansions(map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
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
